namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>Codes handed to the client at the end of authorize: single use, valid for <see cref="Lifetime"/>, for one client.</summary>
public sealed class AuthorizationCodes(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ExpiringHandles<CompletedAuthentication> _codes = new(clock, Lifetime);

    public string Issue(CompletedAuthentication authentication) => _codes.Add(authentication);

    /// <summary>The authentication behind <paramref name="code"/>, once: the code is gone after this call whatever it returns.</summary>
    public CompletedAuthentication? Redeem(string? code, string? clientId) =>
        _codes.TryTake(code, out var authentication) && string.Equals(authentication.ClientId, clientId, StringComparison.Ordinal)
            ? authentication
            : null;
}
