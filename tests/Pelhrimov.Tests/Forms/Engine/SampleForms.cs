using Pelhrimov.Core.BackOffice;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Definitions and contexts the engine tests share: a dog registration with the fee computed, as in issue 14.</summary>
internal static class SampleForms
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public const string DogRegistration = """
    {
      "slug": "ohlaseni-psa",
      "title": "Ohlášení psa",
      "access": { "kind": "identified", "minimumLevel": "substantial" },
      "steps": [
        {
          "id": "drzitel",
          "title": "Držitel psa",
          "sections": [
            {
              "id": "osoba",
              "fields": [
                { "id": "jmeno", "type": "text", "label": "Jméno a příjmení", "required": true, "prefill": "identity.name" },
                { "id": "narozeni", "type": "date", "label": "Datum narození", "required": true, "prefill": "identity.date-of-birth", "maxDate": "today" },
                { "id": "adresa", "type": "address", "label": "Adresa trvalého pobytu", "required": true, "prefill": "identity.address" },
                { "id": "email", "type": "email", "label": "E-mail", "prefill": "profile.email" },
                { "id": "telefon", "type": "phone", "label": "Telefon", "prefill": "profile.phone" },
                { "id": "duchodce", "type": "yes-no", "label": "Pobíráte starobní důchod?", "required": true },
                { "id": "duchod-od", "type": "date", "label": "Od kdy důchod pobíráte", "required": true,
                  "showWhen": { "field": "duchodce", "equals": "ano" } }
              ]
            }
          ]
        },
        {
          "id": "psi",
          "title": "Psi",
          "sections": [
            {
              "id": "pes",
              "title": "Pes",
              "repeat": { "min": 1, "max": 5, "addLabel": "Přidat dalšího psa", "itemLabel": "Pes {n}" },
              "fields": [
                { "id": "jmeno-psa", "type": "text", "label": "Jméno psa", "required": true, "errors": { "required": "Zadejte jméno psa" } },
                { "id": "cip", "type": "microchip", "label": "Číslo čipu", "required": true },
                { "id": "plemeno", "type": "choice", "label": "Velikost", "required": true,
                  "choices": [ { "value": "maly", "label": "Malý" }, { "value": "velky", "label": "Velký" } ] },
                { "id": "vakcinace", "type": "file", "label": "Očkovací průkaz", "accept": ["application/pdf"], "maxBytes": 1048576,
                  "showWhen": { "field": "plemeno", "equals": "velky" } }
              ]
            },
            {
              "id": "od",
              "fields": [
                { "id": "drzeni-od", "type": "date", "label": "Psa držím od", "required": true },
                { "id": "poplatek", "type": "computed", "label": "Poplatek na letošní rok", "format": "amount",
                  "expression": "round((if(duchodce = 'ano', 200, 1500) + (count(pes) - 1) * if(duchodce = 'ano', 300, 2250)) * monthsLeft(drzeni-od) / 12, 0)" }
              ]
            }
          ]
        }
      ],
      "declaration": "Prohlašuji, že údaje jsou pravdivé."
    }
    """;

    public static FormDefinition Dog() => Read(DogRegistration);

    public static FormDefinition Read(string json)
    {
        var result = FormDefinitionReader.Read(json);
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => p.Path + ": " + p.Message)));
        return result.Form!;
    }

    public static FillContext Anonymous() => new(null, null, null, null, Today);

    public static FillContext JanNovak() => new(
        Guid.Parse("11111111-1111-1111-1111-111111111111"),
        new VerifiedCitizen(Guid.Parse("11111111-1111-1111-1111-111111111111"), "Jan", "Novák", new DateOnly(1950, 3, 14),
            new VerifiedAddress("Masarykovo náměstí", "1", "Pelhřimov", "393 01"), "high"),
        "jan.novak@example.cz",
        "777 123 456",
        Today);
}
