using Pelhrimov.Core.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Settings;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>Two-step verification of one's own account: set up an authenticator app, turn it off, new recovery codes.</summary>
public sealed class AuthenticatorController(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    SiteSettingsStore settings,
    IAuditLog audit) : AdminController
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("/admin/ucet/overovaci-aplikace")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (user.TwoFactorEnabled)
        {
            // Showing the key again would let anyone at this screen copy it; a new app means turning it off and on.
            Flash("Ověření ve dvou krocích už je zapnuté. Chcete-li použít jinou aplikaci, nejdřív ho vypněte.");
            return Redirect("/admin/ucet");
        }
        return View(await SetupFor(user, new AuthenticatorSetup()));
    }

    /// <summary>Creates (or replaces) the key for the app. A POST of its own: a new key renews the security stamp, which
    /// would otherwise end the session of whoever merely opened the page.</summary>
    [HttpPost("/admin/ucet/overovaci-aplikace/klic")]
    public async Task<IActionResult> NewKey(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (user.TwoFactorEnabled)
        {
            return Redirect("/admin/ucet");
        }
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(StaffAuditActions.AuthenticatorKeyCreated, StaffAuditActions.EntityType, user.Id.ToString(),
            "Vytvořen nový klíč pro ověřovací aplikaci.", cancellationToken: cancellationToken);
        return Redirect("/admin/ucet/overovaci-aplikace");
    }

    [HttpPost("/admin/ucet/overovaci-aplikace")]
    public async Task<IActionResult> Index(AuthenticatorSetup input, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (user.TwoFactorEnabled)
        {
            return Redirect("/admin/ucet");
        }
        if (!ModelState.IsValid)
        {
            return View(await SetupFor(user, input));
        }

        var code = input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(AuthenticatorSetup.Code), "Kód není správný. Zkontrolujte, že aplikace ukazuje kód pro tento účet, a zadejte aktuální kód.");
            return View(await SetupFor(user, input));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(StaffAuditActions.TwoFactorEnabled, StaffAuditActions.EntityType, user.Id.ToString(),
            "Zapnuto ověření ve dvou krocích.", cancellationToken: cancellationToken);
        return await ShowNewRecoveryCodes(user, cancellationToken);
    }

    [HttpGet("/admin/ucet/overovaci-aplikace/vypnout")]
    public async Task<IActionResult> Disable()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (!user.TwoFactorEnabled)
        {
            return Redirect("/admin/ucet");
        }
        return View(new DisableAuthenticatorInput());
    }

    [HttpPost("/admin/ucet/overovaci-aplikace/vypnout")]
    public async Task<IActionResult> Disable(DisableAuthenticatorInput input, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (!user.TwoFactorEnabled)
        {
            return Redirect("/admin/ucet");
        }
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        // Wrong passwords count towards the lockout as at sign-in: an unattended session must not be a way to guess it.
        var check = await signIn.CheckPasswordSignInAsync(user, input.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(DisableAuthenticatorInput.CurrentPassword),
                check.IsLockedOut ? SignInController.LockedOutMessage(user) : "Heslo není správné.");
            return View(input);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so that the app already set up stops being valid if verification is turned on again.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(StaffAuditActions.TwoFactorDisabled, StaffAuditActions.EntityType, user.Id.ToString(),
            "Vypnuto ověření ve dvou krocích.", cancellationToken: cancellationToken);
        Flash("Ověření ve dvou krocích je vypnuté.");
        return Redirect("/admin/ucet");
    }

    [HttpPost("/admin/ucet/zalozni-kody")]
    public async Task<IActionResult> RecoveryCodes(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        if (!user.TwoFactorEnabled)
        {
            Flash("Záložní kódy lze vytvořit jen při zapnutém ověření ve dvou krocích.");
            return Redirect("/admin/ucet");
        }
        return await ShowNewRecoveryCodes(user, cancellationToken);
    }

    /// <summary>Replaces the recovery codes and shows them this once; they are stored only as hashes.</summary>
    private async Task<IActionResult> ShowNewRecoveryCodes(StaffUser user, CancellationToken cancellationToken)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.RecordAsync(StaffAuditActions.RecoveryCodesGenerated, StaffAuditActions.EntityType, user.Id.ToString(),
            "Vytvořeny nové záložní kódy.", cancellationToken: cancellationToken);
        Response.SetNeverCached();
        return View("RecoveryCodes", codes.ToList());
    }

    private async Task<AuthenticatorSetup> SetupFor(StaffUser user, AuthenticatorSetup input)
    {
        // Only reads: without a key the page offers the button that creates one (NewKey).
        var key = await users.GetAuthenticatorKeyAsync(user);
        Response.SetNeverCached();
        if (string.IsNullOrEmpty(key))
        {
            return input;
        }
        input.SharedKey = AuthenticatorKey.Format(key);
        var site = await settings.GetAsync<SiteSettings>(HttpContext.RequestAborted);
        var issuer = $"Portál občana {site.TownName}";
        input.QrCodeDataUri = AuthenticatorKey.QrCodeDataUri(AuthenticatorKey.Uri(issuer, user.Email ?? "", key));
        return input;
    }
}
