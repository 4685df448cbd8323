using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Citizens.Nia;

/// <summary>Where NIA is and how the town is registered with it: the <c>Nia</c> configuration section (docs/nia.md).</summary>
public sealed class NiaOptions
{
    public const string Section = "Nia";

    /// <summary>NIA's test node.</summary>
    public const string TestAuthority = "https://tnia.identita.gov.cz";

    /// <summary>NIA's production node.</summary>
    public const string ProductionAuthority = "https://nia.identita.gov.cz";

    /// <summary>
    /// Base address of the identity provider; its discovery document is at <c>{Authority}/fpsts/oidc/openid-configuration</c>.
    /// A path without a host (<c>/nia-simulator</c>) means this very site, as with the development simulator.
    /// </summary>
    public string Authority { get; set; } = "/nia-simulator";

    /// <summary>Overrides the discovery address when a server keeps it somewhere else.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>The town's unique URL registered with NIA; NIA's <c>client_id</c>.</summary>
    public string ClientId { get; set; } = "https://portal.pelhrimov.example/";

    /// <summary>The issuer NIA puts in its tokens: not a URL, and the same in test and production.</summary>
    public string Issuer { get; set; } = "urn:microsoft:cgg2010:fpsts";

    /// <summary>The least level of assurance the portal accepts (<c>low</c>, <c>substantial</c>, <c>high</c>).</summary>
    public IdentityLevel MinimumLevel { get; set; } = IdentityLevel.Substantial;

    /// <summary>The attributes asked for when <c>Nia:Claims</c> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultClaims =
        ["PersonIdentifier", "CurrentGivenName", "CurrentFamilyName", "DateOfBirth", "PlaceOfBirth", "CurrentAddress"];

    /// <summary>
    /// The attributes configured in <c>Nia:Claims</c>; empty by default, because the configuration binder adds to a list
    /// it finds filled, and a configured list must replace the defaults, not extend them. Read <see cref="RequestedClaims"/>.
    /// </summary>
    public List<string> Claims { get; set; } = [];

    /// <summary>The attributes asked for in the <c>claims</c> parameter (NIA releases nothing else).</summary>
    public IReadOnlyList<string> RequestedClaims => Claims.Count > 0 ? Claims : DefaultClaims;

    /// <summary>Where NIA sends the browser back with the code (the return URL registered with NIA).</summary>
    public string CallbackPath { get; set; } = "/prihlaseni/eid/navrat";

    /// <summary>Where NIA sends the browser back after logout (the logout URL registered with NIA).</summary>
    public string SignedOutCallbackPath { get; set; } = "/odhlaseni/eid/navrat";

    /// <summary>Require HTTPS for the discovery document; off only for a simulator on plain HTTP.</summary>
    public bool? RequireHttpsMetadata { get; set; }

    /// <summary>How long a sign-in at NIA may take before the portal forgets it started one.</summary>
    public TimeSpan RemoteSignInTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Allowed difference between the clocks of NIA and the portal.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The discovery address: <see cref="MetadataAddress"/>, or NIA's non-standard path under <see cref="Authority"/>.</summary>
    public string DiscoveryAddress =>
        string.IsNullOrWhiteSpace(MetadataAddress) ? Authority.TrimEnd('/') + "/fpsts/oidc/openid-configuration" : MetadataAddress;
}
