using System.Text.Json;
using Pelhrimov.Core.Setup;
using Pelhrimov.People.Api;
using Pelhrimov.People.Services;

namespace Pelhrimov.People.Setup;

/// <summary>
/// Recipe step <c>People</c>: persons of the sample register, in the API's JSON
/// (<c>{ "name": "People", "persons": [ { "id": "OS-000001", "givenName": "Jan", … } ] }</c>). Stored like an API upsert,
/// so running it again changes nothing. Instead of <c>dateOfBirth</c> a person may have <c>ageAtNewYear</c>: born on
/// 1 January that many years before the year of setup, as the NIA simulator's minor persona is (docs/people.md).
/// </summary>
public sealed class PeopleRecipeStep(PersonRegister register, TimeProvider clock) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("persons", out var persons) || persons.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("Recipe step People needs a \"persons\" array.");
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var entry in persons.EnumerateArray())
        {
            var id = entry.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
            var errors = new Dictionary<string, string[]>();
            var data = PersonJson.Read(id, WithBirthDate(entry, today), today, errors)
                ?? throw new InvalidOperationException($"Recipe step People: person '{id}' is invalid: "
                    + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            await register.UpsertAsync(data, "recept", cancellationToken);
        }
    }

    private static JsonElement WithBirthDate(JsonElement entry, DateOnly today)
    {
        if (!entry.TryGetProperty("ageAtNewYear", out var age) || !age.TryGetInt32(out var years) || entry.TryGetProperty("dateOfBirth", out _))
        {
            return entry;
        }
        var fields = entry.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["dateOfBirth"] = new DateOnly(today.Year - years, 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToElement(fields);
    }
}
