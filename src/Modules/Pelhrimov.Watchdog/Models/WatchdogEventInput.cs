using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pelhrimov.Watchdog.Domain;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Watchdog.Models;

/// <summary>The form of an own event, as typed: strings, so that every mistake gets a Czech message.</summary>
public sealed class WatchdogEventInput
{
    public string? Title { get; set; }

    /// <summary><c>2026-11-29</c> from a date field, or <c>29. 11. 2026</c> typed by hand.</summary>
    public string? Date { get; set; }

    public string? DaysBefore { get; set; }

    public bool RepeatsYearly { get; set; }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d. M. yyyy", "d.M.yyyy", "d. M.yyyy", "d.M. yyyy"];

    public static WatchdogEventInput From(WatchdogEvent e) => new()
    {
        Title = e.Title,
        Date = e.Date.ToString("d. M. yyyy", CultureInfo.InvariantCulture),
        DaysBefore = e.DaysBefore.ToString(CultureInfo.InvariantCulture),
        RepeatsYearly = e.RepeatsYearly,
    };

    /// <summary>The values, or null with the errors in <paramref name="errors"/> under the fields' names (prefix <c>Input.</c>).</summary>
    public WatchdogEventValues? Validate(ModelStateDictionary errors, DateOnly today)
    {
        var title = Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.AddModelError("Input.Title", "Zadejte, co chcete hlídat, například „Platnost řidičského průkazu“.");
        }
        else if (title.Length > WatchdogEvent.TitleMaxLength)
        {
            errors.AddModelError("Input.Title", $"Název může mít nejvýš {WatchdogEvent.TitleMaxLength} znaků.");
        }
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(Date))
        {
            errors.AddModelError("Input.Date", "Zadejte datum.");
        }
        else if (!DateOnly.TryParseExact(Date.Trim().Replace('\u00A0', ' '), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || date.Year is < 1900 or > 2200)
        {
            errors.AddModelError("Input.Date", "Zadejte skutečné datum, například 29. 11. 2026.");
        }
        else if (!RepeatsYearly && date < today)
        {
            errors.AddModelError("Input.Date", "Datum už minulo. Zadejte budoucí datum, nebo zaškrtněte, že se událost opakuje každý rok.");
        }
        var days = 0;
        if (string.IsNullOrWhiteSpace(DaysBefore))
        {
            errors.AddModelError("Input.DaysBefore", "Zadejte, kolik dní předem vám máme připomenout (0 = v den události).");
        }
        else if (!int.TryParse(DaysBefore.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > WatchdogEvent.MaxDaysBefore)
        {
            errors.AddModelError("Input.DaysBefore", $"Počet dní předem zadejte jako celé číslo od 0 do {WatchdogEvent.MaxDaysBefore}.");
        }
        return errors.IsValid ? new WatchdogEventValues(title, date, days, RepeatsYearly) : null;
    }
}

/// <summary>The add or edit page: the input and, when editing, the event's id.</summary>
public sealed record WatchdogEventPage(WatchdogEventInput Input, Guid? EventId)
{
    public string Action => EventId is { } id ? WatchdogPaths.Edit(id) : WatchdogPaths.New;

    public string Heading => EventId is null ? "Nová událost" : "Upravit událost";
}

/// <summary>The list page: the items, today, and the feed's address (null until the citizen asks for one).</summary>
public sealed record WatchdogPage(IReadOnlyList<AgendaItem> Items, DateOnly Today, bool IsIdentified, string? FeedUrl, bool FeedRenewed);
