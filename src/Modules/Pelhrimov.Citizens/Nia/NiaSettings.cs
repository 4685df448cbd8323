namespace Pelhrimov.Citizens.Nia;

/// <summary>
/// Whether the <c>Nia</c> settings can work, checked once at start. A wrong setting must not break unrelated pages (the
/// OpenID Connect handler's options are built on every request): Production refuses to start with the reason, other
/// environments switch eID sign-in off and say so on <c>/prihlaseni</c> (docs/nia.md).
/// </summary>
public sealed class NiaSettings(string? problem)
{
    /// <summary>Why eID sign-in is off, in English for the log; null when the settings are usable.</summary>
    public string? Problem { get; } = problem;

    public bool IsUsable => Problem is null;

    /// <summary>The first thing wrong with <paramref name="options"/>, or null.</summary>
    public static string? Check(NiaOptions options)
    {
        var discovery = options.DiscoveryAddress.Trim();
        var absolute = Uri.TryCreate(discovery, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        if (!absolute && !discovery.StartsWith('/'))
        {
            return $"Nia:Authority (or Nia:MetadataAddress) must be an https address or a path on this site; '{discovery}' is neither.";
        }
        if (absolute && uri!.Scheme == Uri.UriSchemeHttp && options.RequireHttpsMetadata != false)
        {
            return $"Nia:Authority (or Nia:MetadataAddress) '{discovery}' uses plain HTTP. NIA is HTTPS; for a simulator on plain HTTP " +
                "set Nia:RequireHttpsMetadata=false.";
        }
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            return "Nia:ClientId (the unique URL registered with NIA) is empty.";
        }
        if (!options.RequestedClaims.Contains("PersonIdentifier", StringComparer.Ordinal))
        {
            return "Nia:Claims must include PersonIdentifier: the citizen's account is found by it.";
        }
        if (!options.CallbackPath.StartsWith('/') || !options.SignedOutCallbackPath.StartsWith('/'))
        {
            return "Nia:CallbackPath and Nia:SignedOutCallbackPath must be paths on this site (starting with /).";
        }
        return null;
    }
}
