using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Identity.NiaSimulator.Domain;
using Pelhrimov.Identity.NiaSimulator.Models;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Identity.NiaSimulator.Controllers;

/// <summary>
/// NIA's browser-facing endpoints: authorize (the persona chooser) and endsession, plus NIA's error page.
/// Routed under <c>NiaSimulator:BasePath</c> by <see cref="Pelhrimov.Core.Modules.ControllerUnderBasePath"/>.
/// </summary>
[Route("FPSTS")]
public sealed class NiaSimulatorController(
    ServiceProviderRegistry registry, AuthorizationCodes codes, NiaSession session, NiaSimulatorOptions options, TimeProvider clock) : Controller
{
    private const string ChooseAction = "prihlasit";
    private const string RefuseAction = "odmitnout";
    private const string CancelAction = "zrusit";

    [HttpGet("oidc/authorize")]
    public IActionResult Authorize()
    {
        var validation = AuthorizeValidation.Read(n => Request.Query[n].FirstOrDefault(), registry, Request, options.FaultInjection);
        if (Rejected(validation, afterPost: false) is { } rejected)
        {
            return rejected;
        }
        var request = validation.Request!;
        var current = session.Read(Request);

        // For automated tests: sign in as the named persona without showing the page.
        if (Request.Query["persona"].FirstOrDefault() is { Length: > 0 } personaId)
        {
            return Personas.Find(personaId) is { } persona
                ? Complete(request, persona, consentRefused: Request.Query["consent"] == "refuse", afterPost: false)
                : Message("Neznámá osoba", $"Osoba „{personaId}“ v simulátoru není. Seznam osob je v docs/nia-simulator.md.");
        }
        if (request.IsPassive)
        {
            return current is { } existing && !request.ForceAuthn
                ? Complete(request, existing.Persona, consentRefused: false, afterPost: false, existing.AuthTime)
                : Redirect(request.ReturnUrl(("error", "login_required"), ("error_description", "Uživatel není přihlášen.")));
        }
        // An open session only preselects its persona: the user still confirms, so that switching persons stays easy.
        return View("Authorize", AuthorizePage.For(request, current?.Persona.Id));
    }

    [HttpPost("oidc/authorize")]
    public IActionResult Choose([FromForm(Name = "persona")] string? personaId, [FromForm(Name = "akce")] string? action)
    {
        var validation = AuthorizeValidation.Read(n => Request.Form[n].FirstOrDefault(), registry, Request, options.FaultInjection);
        if (Rejected(validation, afterPost: true) is { } rejected)
        {
            return rejected;
        }
        var request = validation.Request!;
        if (action == CancelAction)
        {
            return RedirectAfterPost(request.ReturnUrl(("error", "access_denied"), ("error_description", "Uživatel přihlášení zrušil.")));
        }
        if (Personas.Find(personaId) is not { } persona)
        {
            ModelState.AddModelError(AuthorizePage.PersonaField, "Vyberte, za koho se chcete přihlásit.");
            return View("Authorize", AuthorizePage.For(request, null));
        }
        return Complete(request, persona, consentRefused: action == RefuseAction, afterPost: true);
    }

    [HttpGet("oidc/endsession")]
    public IActionResult EndSession(
        [FromQuery(Name = "client_id")] string? clientId,
        [FromQuery(Name = "post_logout_redirect_uri")] string? postLogoutRedirectUri,
        [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "id_token_hint")] string? idTokenHint)
    {
        if (registry.Find(clientId) is not { } client)
        {
            return Message("Odhlášení se nepodařilo", "V požadavku chybí identifikátor registrovaného poskytovatele (client_id).");
        }
        // NIA cannot read a hint (an encrypted id_token is unreadable to it) and stops with error 202, session intact.
        if (!string.IsNullOrEmpty(idTokenHint))
        {
            return Redirect($"{options.BasePath}/FPSTS/Error?erc=202");
        }
        session.End(HttpContext);
        return client.LogoutTarget(postLogoutRedirectUri, Request) is { } target
            ? Redirect(ClientRedirect.Build(target, [("state", state)]))
            : Message("Odhlášeno", "Byli jste odhlášeni ze simulátoru NIA. Poskytovatel nemá registrovanou adresu, kam se vrátit.", StatusCodes.Status200OK);
    }

    [HttpGet("Error")]
    public IActionResult Error([FromQuery(Name = "erc")] string? code) => code == "202"
        ? Message("Chyba 202", "Požadavek na odhlášení obsahoval id_token_hint, který NIA neumí přečíst. Odhlášení neproběhlo.")
        : Message("Chyba", "Při komunikaci s NIA došlo k chybě.");

    private IActionResult Complete(AuthorizeRequest request, Persona persona, bool consentRefused, bool afterPost, DateTimeOffset? authTime = null)
    {
        if (!request.Accepts(persona))
        {
            var denied = request.ReturnUrl(("error", "access_denied"), ("error_description", request.Refusal(persona)));
            return afterPost ? RedirectAfterPost(denied) : Redirect(denied);
        }
        var authenticatedAt = authTime ?? DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        session.Start(HttpContext, persona, authenticatedAt);
        var code = codes.Issue(new CompletedAuthentication(
            request.Client.ClientId, persona, consentRefused, request.Claims, request.Nonce, authenticatedAt, request.Fault));
        var location = request.ReturnUrl(("code", code));
        return afterPost ? RedirectAfterPost(location) : Redirect(location);
    }

    private IActionResult? Rejected(AuthorizeValidation validation, bool afterPost) =>
        validation.ErrorPage is { } message ? Message("Přihlášení nelze zahájit", message)
        : validation.ErrorRedirect is { } location ? (afterPost ? RedirectAfterPost(location) : Redirect(location))
        : null;

    /// <summary>
    /// A redirect answering the form, when it stays on this site. Browsers apply the site's CSP <c>form-action 'self'</c>
    /// to redirects after a form post too, so a return to another origin is offered as a page that moves on by itself.
    /// </summary>
    private IActionResult RedirectAfterPost(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var target)
        && target.Scheme.Equals(Request.Scheme, StringComparison.OrdinalIgnoreCase)
        && target.Authority.Equals(Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? Redirect(location)
            : View("Continue", location);

    private ViewResult Message(string title, string text, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return View("Message", new SimulatorMessage(title, text));
    }
}
