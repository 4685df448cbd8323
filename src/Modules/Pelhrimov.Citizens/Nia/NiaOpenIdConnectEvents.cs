using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Nia;

/// <summary>NIA's quirks at each step of the OpenID Connect exchange, and a Czech page for every refusal.</summary>
/// <remarks>
/// The handler creates its events object on every request (it checks each one for its callback paths), so nothing here
/// may be costly to construct: the audit log (and its database context) is taken from the request's services only when
/// a refusal is recorded.
/// </remarks>
public sealed class NiaOpenIdConnectEvents(
    IOptions<NiaOptions> nia,
    NiaCertificate certificate,
    NiaSettings check,
    ILogger<NiaOpenIdConnectEvents> logger) : OpenIdConnectEvents
{
    /// <summary>Path of the Czech page that explains a refused eID sign-in; the failure's code follows.</summary>
    public const string ErrorPath = "/prihlaseni/chyba/";

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        if (!check.IsUsable || certificate.Certificate is null)
        {
            context.Response.Redirect(ErrorPath + NiaFailure.NotConfigured.Code());
            context.HandleResponse();
            return Task.CompletedTask;
        }
        NiaFlowCookies.RemoveEarlier(context);
        // NIA releases only the attributes named here; without them the token says nothing about the person.
        context.ProtocolMessage.SetParameter("claims", NiaAuthentication.ClaimsParameter(nia.Value.RequestedClaims));
        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var minimum = nia.Value.MinimumLevel;
        // How NIA reports the level reached is not documented; a missing acr counts as the lowest level asked for.
        var reached = IdentityLevels.Parse(principal.FindFirst(NiaClaims.Acr)?.Value) ?? minimum;
        if (reached < minimum)
        {
            context.Fail(new NiaSignInException(NiaFailure.LevelTooLow,
                $"Level of assurance {reached.Code()} is below the required {minimum.Code()}."));
            return Task.CompletedTask;
        }
        if (string.IsNullOrWhiteSpace(principal.FindFirst(NiaClaims.PersonIdentifier)?.Value))
        {
            context.Fail(new NiaSignInException(NiaFailure.NoAttributes, "NIA released no PersonIdentifier (consent refused at NIA)."));
            return Task.CompletedTask;
        }
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(CitizenAuthentication.LevelClaim, reached.Code()));
        return Task.CompletedTask;
    }

    public override async Task AccessDenied(AccessDeniedContext context)
    {
        await Audit(context.HttpContext).EidSignInFailedAsync(NiaFailure.Cancelled, "access_denied", context.HttpContext.RequestAborted);
        context.Response.Redirect(ErrorPath + NiaFailure.Cancelled.Code());
        context.HandleResponse();
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        var failure = NiaFailures.Classify(context.Failure);
        logger.LogWarning(context.Failure, "eID sign-in refused: {Failure}", failure);
        await Audit(context.HttpContext).EidSignInFailedAsync(failure, Describe(context.Failure), context.HttpContext.RequestAborted);
        context.Response.Redirect(ErrorPath + failure.Code());
        context.HandleResponse();
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        // NIA cannot read an (encrypted) id_token_hint and answers erc=202; it needs client_id instead.
        context.ProtocolMessage.IdTokenHint = null;
        context.ProtocolMessage.ClientId = nia.Value.ClientId;
        return Task.CompletedTask;
    }

    private static CitizenAudit Audit(Microsoft.AspNetCore.Http.HttpContext http) => http.RequestServices.GetRequiredService<CitizenAudit>();

    private static string Describe(Exception? error)
    {
        if (error is null)
        {
            return "unknown";
        }
        var text = $"{error.GetType().Name}: {error.Message}";
        return text.Length <= 300 ? text : text[..300];
    }
}
