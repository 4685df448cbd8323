using Microsoft.AspNetCore.Http;
using Pelhrimov.Identity.NiaSimulator.Domain;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>A validated authorize request: who asks, where to return, what level and which attributes.</summary>
public sealed record AuthorizeRequest(
    RegisteredServiceProvider Client,
    string RedirectUri,
    string? State,
    string? Nonce,
    IReadOnlySet<string> Scopes,
    RequestedClaims Claims,
    LevelOfAssurance RequestedLevel,
    LevelComparison Comparison,
    FaultKind Fault,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The protocol parameters carried through the persona page as hidden fields (re-validated on POST).</summary>
    public static readonly string[] ParameterNames =
        ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "claims", "response_mode", "fault"];

    public bool ForceAuthn => Scopes.Contains("forceauthn");

    public bool IsPassive => Scopes.Contains("ispassive");

    /// <summary>Whether <paramref name="persona"/>'s means reach the requested level under the requested comparison.</summary>
    public bool Accepts(Persona persona) => Comparison switch
    {
        LevelComparison.Exact => persona.Level == RequestedLevel,
        LevelComparison.Maximum => persona.Level <= RequestedLevel,
        LevelComparison.Better => persona.Level > RequestedLevel,
        _ => persona.Level >= RequestedLevel,
    };

    /// <summary>Czech explanation of why <paramref name="persona"/> cannot be used, for the page and error_description.</summary>
    public string Refusal(Persona persona) => Comparison switch
    {
        LevelComparison.Exact => $"Služba vyžaduje právě úroveň ověření {RequestedLevel.CzechName()}, prostředek má úroveň {persona.Level.CzechName()}.",
        LevelComparison.Maximum => $"Služba připouští nejvýše úroveň ověření {RequestedLevel.CzechName()}, prostředek má úroveň {persona.Level.CzechName()}.",
        LevelComparison.Better => $"Služba vyžaduje úroveň ověření vyšší než {RequestedLevel.CzechName()}, prostředek má úroveň {persona.Level.CzechName()}.",
        _ => $"Služba vyžaduje alespoň úroveň ověření {RequestedLevel.CzechName()}, prostředek má jen úroveň {persona.Level.CzechName()}.",
    };

    /// <summary>The client's redirect_uri with <paramref name="parameters"/> and the state added to its query.</summary>
    public string ReturnUrl(params (string Name, string? Value)[] parameters) =>
        ClientRedirect.Build(RedirectUri, [.. parameters, ("state", State)]);
}

/// <summary>The result of reading an authorize request: valid, an error shown on the simulator's page, or an error redirect.</summary>
public sealed record AuthorizeValidation(AuthorizeRequest? Request, string? ErrorPage, string? ErrorRedirect)
{
    /// <summary>Reads and checks the parameters in NIA's order: client and return URL first (never redirect to an unknown one).</summary>
    public static AuthorizeValidation Read(Func<string, string?> parameter, ServiceProviderRegistry registry, HttpRequest http, bool faultInjection)
    {
        var clientId = parameter("client_id");
        var client = registry.Find(clientId);
        if (client is null)
        {
            return Page(string.IsNullOrEmpty(clientId)
                ? "V požadavku chybí identifikátor poskytovatele (client_id)."
                : $"Poskytovatel „{clientId}“ není v simulátoru registrován.");
        }
        var redirectUri = parameter("redirect_uri");
        if (string.IsNullOrEmpty(redirectUri) || !client.AllowsRedirect(redirectUri, http))
        {
            return Page("Návratová adresa (redirect_uri) není u tohoto poskytovatele registrována.");
        }

        var state = parameter("state");
        AuthorizeValidation Invalid(string description) =>
            new(null, null, ClientRedirect.Build(redirectUri, [("error", "invalid_request"), ("error_description", description), ("state", state)]));

        if (parameter("response_type") != "code")
        {
            return Invalid("response_type must be code");
        }
        var scopes = (parameter("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (!scopes.Contains("openid"))
        {
            return Invalid("scope must contain openid");
        }
        if (parameter("response_mode") is { Length: > 0 } mode && mode != "query")
        {
            return Invalid("only response_mode=query is supported");
        }
        if (!RequestedClaims.TryParse(parameter("claims"), out var claims))
        {
            return Invalid("claims is not a valid claims request");
        }
        var fault = faultInjection ? FaultKinds.Parse(parameter("fault")) : FaultKind.None;
        if (fault is null)
        {
            return Invalid("unknown fault: " + parameter("fault"));
        }

        var parameters = AuthorizeRequest.ParameterNames
            .Select(name => (name, value: parameter(name)))
            .Where(p => !string.IsNullOrEmpty(p.value))
            .Where(p => faultInjection || p.name != "fault")
            .ToDictionary(p => p.name, p => p.value!);
        return new AuthorizeValidation(new AuthorizeRequest(client, redirectUri, state, parameter("nonce"), scopes, claims,
            RequestedLevel(scopes), Comparison(scopes), fault.Value, parameters), null, null);
    }

    private static AuthorizeValidation Page(string message) => new(null, message, null);

    // The highest level scope wins; none asks for low.
    private static LevelOfAssurance RequestedLevel(IReadOnlySet<string> scopes) =>
        Enum.GetValues<LevelOfAssurance>().Where(l => scopes.Contains(l.Scope())).DefaultIfEmpty(LevelOfAssurance.Low).Max();

    private static LevelComparison Comparison(IReadOnlySet<string> scopes) =>
        scopes.Contains("loaexact") ? LevelComparison.Exact
        : scopes.Contains("loamax") ? LevelComparison.Maximum
        : scopes.Contains("loabetter") ? LevelComparison.Better
        : LevelComparison.Minimum;
}

/// <summary>Builds a return address with parameters added to its query, keeping whatever query it had.</summary>
public static class ClientRedirect
{
    public static string Build(string uri, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join('&', parameters
            .Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value!)));
        if (query.Length == 0)
        {
            return uri;
        }
        return uri + (uri.Contains('?') ? "&" : "?") + query;
    }
}
