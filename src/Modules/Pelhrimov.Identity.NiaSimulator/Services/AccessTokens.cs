namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>Opaque access tokens; their only use at NIA is the userinfo endpoint, which answers <c>{}</c>.</summary>
public sealed class AccessTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ExpiringHandles<bool> _tokens = new(clock, Lifetime);

    public string Issue() => _tokens.Add(true);

    public bool IsValid(string? token) => _tokens.IsValid(token);
}
