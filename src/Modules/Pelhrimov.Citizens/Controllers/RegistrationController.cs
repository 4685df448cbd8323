using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// <c>/registrace</c>: an account with e-mail and password, for what needs no identity (news, the watchdog's own events).
/// The address must be confirmed before the first sign-in. The answer never tells whether an address is registered.
/// </summary>
[Route("registrace")]
public sealed class RegistrationController(
    CitizensDbContext db,
    CoreDbContext core,
    UserManager<CitizenAccount> users,
    ConsentTexts consents,
    CitizenAudit audit,
    IMailQueue mail,
    MailTemplates templates,
    ConfirmationMail confirmation,
    SiteAddress site,
    IDomainEvents events,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new RegistrationPage(new RegistrationInput(), await consents.CurrentAsync(HttpContext.RequestAborted)));

    [HttpPost("")]
    [EnableRateLimiting(Startup.PasswordRateLimit)]
    public async Task<IActionResult> Register([Bind(Prefix = "Input")] RegistrationInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var consent = await consents.CurrentAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Index", new RegistrationPage(Blank(input), consent));
        }
        var email = input.Email!.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same answer as for a new address; the owner of the address learns by e-mail that they already have an account.
            await mail.EnqueueAsync(await AlreadyRegisteredAsync(email, cancellationToken), cancellationToken);
            return RedirectToAction(nameof(Sent));
        }

        var account = new CitizenAccount { Email = email, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var created = await SharedTransaction.RunAsync(db, [core], async () =>
        {
            var result = await users.CreateAsync(account, input.Password!);
            if (!result.Succeeded)
            {
                return result;
            }
            consents.Grant(account.Id, consent.Version, "registration");
            events.Publish(new CitizenAccountCreated(account.Id, "registration"));
            await db.SaveChangesAsync(cancellationToken);
            await confirmation.SendAsync(account, cancellationToken);
            await audit.RecordAsync(CitizenAuditActions.Registered, account, $"Registrace e-mailem; souhlas verze {consent.Version}.", cancellationToken);
            return result;
        }, cancellationToken);

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Email", StringComparison.Ordinal) ? "Input.Email" : "Input.Password", error.Description);
            }
            return View("Index", new RegistrationPage(Blank(input), consent));
        }
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("odeslano")]
    public IActionResult Sent() => View("Sent");

    /// <summary>The link from the e-mail shows a button; only the button's POST confirms (mail scanners follow links).</summary>
    [HttpGet("potvrzeni")]
    public IActionResult Confirm(Guid ucet, string? kod) => View("Confirm", (ucet, kod ?? ""));

    [HttpPost("potvrzeni")]
    public async Task<IActionResult> ConfirmPost(Guid ucet, string? kod)
    {
        var account = await users.FindByIdAsync(ucet.ToString());
        if (account is null || string.IsNullOrEmpty(kod) || account.EmailConfirmed is false && !await VerifyAsync(account, kod))
        {
            return View("ConfirmFailed");
        }
        if (!account.EmailConfirmed)
        {
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
            await audit.RecordAsync(CitizenAuditActions.EmailConfirmed, account, "E-mailová adresa potvrzena.", HttpContext.RequestAborted);
        }
        return View("Confirmed");
    }

    private async Task<bool> VerifyAsync(CitizenAccount account, string code)
    {
        try
        {
            var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return await users.VerifyUserTokenAsync(account, CitizenTokens.Provider, CitizenTokens.ConfirmEmail, token);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private Task<OutgoingMessage> AlreadyRegisteredAsync(string email, CancellationToken cancellationToken) =>
        templates.ComposeAsync(CitizenMailTemplates.AlreadyRegistered.Key, email,
            new Dictionary<string, string> { [MailTemplateFields.Link] = new Uri(site.Root, "prihlaseni").AbsoluteUri },
            cancellationToken: cancellationToken);

    private static RegistrationInput Blank(RegistrationInput input) => new() { Email = input.Email, Agree = input.Agree };
}
