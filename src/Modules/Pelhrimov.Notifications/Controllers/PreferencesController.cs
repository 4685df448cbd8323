using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Security;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Preferences;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Notifications.Controllers;

/// <summary>A kind's row of the preferences form.</summary>
public sealed record PreferenceRow(NotificationKind Kind, NotificationPreference Choice);

/// <summary>The preferences page: a row per kind, whether the account has a phone number, and an error to show.</summary>
public sealed record PreferencesPage(IReadOnlyList<PreferenceRow> Rows, bool HasPhone, string? Error);

/// <summary><c>/muj-ucet/oznameni</c>: the signed-in citizen chooses, per kind, channels and how often e-mail comes.</summary>
[Route("muj-ucet/oznameni")]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class PreferencesController(NotificationKinds kinds, NotificationPreferences preferences, CitizenContacts contacts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return View(await PageAsync(null, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(CancellationToken cancellationToken)
    {
        var accountId = AccountId();
        var choices = new List<NotificationPreference>();
        foreach (var kind in CitizenKinds())
        {
            var frequency = Request.Form["frekvence-" + kind.Key].ToString();
            if (!Enum.TryParse<EmailFrequency>(frequency, out var parsed) || !Enum.IsDefined(parsed))
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Index", await PageAsync($"U oznámení „{kind.Title}“ vyberte, jak často chcete e-maily dostávat.", cancellationToken));
            }
            choices.Add(new NotificationPreference
            {
                AccountId = accountId, KindKey = kind.Key, Frequency = parsed,
                Email = Checked("email-" + kind.Key), Inbox = Checked("schranka-" + kind.Key), Sms = Checked("sms-" + kind.Key),
            });
        }
        await preferences.SaveAsync(accountId, choices, cancellationToken);
        TempData["PreferencesNotice"] = "Nastavení oznámení jsme uložili.";
        return Redirect("/muj-ucet/oznameni");
    }

    private async Task<PreferencesPage> PageAsync(string? error, CancellationToken cancellationToken)
    {
        var accountId = AccountId();
        var list = CitizenKinds();
        var choices = await preferences.ForAllAsync(accountId, list.Select(k => k.Key), cancellationToken);
        var contact = await contacts.FindAsync(accountId, cancellationToken);
        return new PreferencesPage([.. list.Zip(choices, (k, c) => new PreferenceRow(k, c))], contact?.Phone is not null, error);
    }

    // The welcome comes once, as the account is made, before the citizen could choose anything about it.
    private List<NotificationKind> CitizenKinds() => [.. kinds.All.Where(k => !NewsKinds.IsNewsKind(k.Key) && k.Key != AccountKinds.Welcome.Key)];

    private bool Checked(string name) => Request.Form[name].ToString() == "true";

    private Guid AccountId() =>
        Guid.TryParse(User.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var id) ? id : Guid.Empty;
}
