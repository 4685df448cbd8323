using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Workflows.Actions;

/// <summary>Waits for a period, or until the date in a field of the event; the clustered job resumes the instance.</summary>
public sealed class WaitAction(TimeProvider clock) : IWorkflowAction
{
    public const string Key = "wait";

    public static WorkflowActionInfo Info { get; } = new(Key, "Počkat",
    [
        new("amount", "Počet (pro čekání po dobu)", Required: false),
        new("unit", "Jednotka", [new("minutes", "minut"), new("hours", "hodin"), new("days", "dní"), new("field", "do data z pole události")]),
        new("field", "Pole události s datem (pro čekání do data)", Required: false),
    ], []);

    /// <summary>When the instance goes on; the date in a field means its start in Prague. Null: no wait (a date that passed).</summary>
    public static DateTime? Until(IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string?> fields, DateTime nowUtc)
    {
        var unit = parameters.GetValueOrDefault("unit", "days");
        if (unit == "field")
        {
            var name = parameters.GetValueOrDefault("field") ?? "";
            var text = fields.GetValueOrDefault(name);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new WorkflowActionRefusedException($"Pole „{name}“ neobsahuje datum.");
            }
            var until = CzechFormat.ToUtc(date.ToDateTime(TimeOnly.MinValue));
            return until > nowUtc ? until : null;
        }
        if (!int.TryParse(parameters.GetValueOrDefault("amount"), CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            throw new WorkflowActionRefusedException("Doba čekání není celé nezáporné číslo.");
        }
        return nowUtc + unit switch
        {
            "minutes" => TimeSpan.FromMinutes(amount),
            "hours" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    public Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken)
    {
        var until = Until(request.Parameters, request.Event.Fields, clock.GetUtcNow().UtcDateTime);
        return Task.FromResult(until is { } at ? $"Počká do {CzechFormat.DateAndTime(at)}." : "Datum už nastalo; pokračuje se hned.");
    }
}
