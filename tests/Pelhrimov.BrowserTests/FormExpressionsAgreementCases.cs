namespace Pelhrimov.BrowserTests;

/// <summary>
/// The table <see cref="FormExpressionsAgreementTests"/> runs through the server's engine and the browser's script:
/// calculations, conditions and typed Czech numbers and dates, over three sets of answers (full, other, empty).
/// </summary>
internal static class FormExpressionsAgreementCases
{
    /// <summary>The fields a case may read: a step of answers, a repeatable section, then the calculations.</summary>
    public const string Definition = """
    {
      "slug": "shoda-vypoctu", "title": "Shoda výpočtů",
      "steps": [
        { "id": "udaje", "title": "Údaje", "sections": [ { "id": "s", "fields": [
          { "id": "n", "type": "number", "label": "Číslo", "decimals": 4 },
          { "id": "a", "type": "amount", "label": "Částka" },
          { "id": "d", "type": "date", "label": "Datum" },
          { "id": "d2", "type": "date", "label": "Datum narození" },
          { "id": "yn", "type": "yes-no", "label": "Ano, nebo ne" },
          { "id": "ch", "type": "choice", "label": "Volba", "choices": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" }, { "value": "z", "label": "Z" } ] },
          { "id": "mc", "type": "multi-choice", "label": "Více voleb", "choices": [ { "value": "x", "label": "X" }, { "value": "y", "label": "Y" } ] },
          { "id": "t", "type": "text", "label": "Text" },
          { "id": "e", "type": "number", "label": "Nevyplněné číslo" } ] } ] },
        { "id": "polozky", "title": "Položky", "sections": [ { "id": "psi", "repeat": { "min": 1, "max": 5, "addLabel": "Přidat", "itemLabel": "Pes {n}" },
          "fields": [ { "id": "vaha", "type": "number", "label": "Váha", "decimals": 2 } ] } ] },
        { "id": "vysledek", "title": "Výsledek", "sections": [ { "id": "v", "fields": [
          { "id": "poplatek", "type": "computed", "label": "Poplatek", "expression": "round(n * 2 / 3, 2)" },
          { "id": "c", "type": "computed", "label": "Výsledek", "expression": "EXPRESSION" },
          { "id": "k", "type": "computed", "label": "Výsledek v Kč", "expression": "EXPRESSION", "format": "amount" } ] } ] }
      ]
    }
    """;

    /// <summary>Answers as stored (text, or the chosen values), their items of <c>psi</c> and the town's today.</summary>
    public sealed record AnswerSet(string Today, Dictionary<string, object> Answers, List<Dictionary<string, string>> Dogs);

    public static readonly Dictionary<string, AnswerSet> Sets = new()
    {
        ["full"] = new("2026-11-29", new()
        {
            ["n"] = "1500.5", ["a"] = "2250", ["d"] = "2026-03-15", ["d2"] = "1958-02-28", ["yn"] = "ano", ["ch"] = "y",
            ["mc"] = new[] { "x", "y" }, ["t"] = "Pelhřimov",
        }, [new() { ["vaha"] = "12.5" }, new() { ["vaha"] = "7" }, new()]),
        ["other"] = new("2028-02-28", new()
        {
            ["n"] = "-3.25", ["a"] = "0.1", ["d"] = "2024-02-29", ["d2"] = "2008-11-30", ["yn"] = "ne", ["ch"] = "x", ["t"] = "ano",
        }, [new() { ["vaha"] = "0.2" }]),
        ["empty"] = new("2026-01-01", new(), []),
    };

    public static readonly string[] Expressions =
    [
        "n + a", "n * 3 / 7", "round(n * 3 / 7, 2)", "round(2.5) + round(-2.5) * 10", "round(1.005, 2) * 1000", "if(0.1 + 0.2 = 0.3, 1, 0)",
        "if(yn = 'ano', 200, 1500) + (count(psi) - 1) * if(yn = \"ano\", 300, 2250)", "round(1500 * monthsLeft(d) / 12)", "age(d2)",
        "year(d) * 100 + month(d)", "if(d < d2, 1, 0)", "if(min(d, d2) = d2, 1, 0)", "sum(psi.vaha)", "max(n, a, 100)", "min(n, a)",
        "floor(n / 7) + ceil(-n / 7)", "if(ch = 'y' or mc = 'x', 1, 0)", "if(not (t = 'Pelhřimov'), 1, 2)", "if(t, 1, 0)", "n / (a - 2250)",
        "if(t + '!' = 'Pelhřimov!', 1, 0)", "e + 1", "if(e = 1 or true, 1, 0)", "if(e = 1 and false, 1, 0)", "if(today() > d, 1, 0)",
        "age(d) + month(today())", "99999999999999999999 * 99999999999999999999", "n * 0.0001", "if(yn, 10, 20)", "-(-n) - -a", "1 / 3 * 3",
        "2 / 3", "1234567.891", "if(d = '2026-03-15', 1, 0)", "if(n > 'abc', 1, 0)", "poplatek * 3", "if(poplatek >= 1000, poplatek, -1)",
        "max(d, today()) = today()", "count(psi) * 0.5 - 0.005", "round(a / 3, 1)", "if(ch != 'x', 1, 0) + if(yn != 'ne', 10, 0)",
    ];

    public static readonly string[] Conditions =
    [
        """{"field":"yn","equals":"ano"}""", """{"field":"n","equals":"1500.50"}""", """{"field":"n","greaterThan":1000}""",
        """{"field":"n","lessThan":0}""", """{"field":"mc","equals":"y"}""", """{"field":"ch","in":["x","z"]}""",
        """{"field":"t","filled":true}""", """{"field":"e","filled":false}""", """{"field":"e","notEquals":"1"}""",
        """{"any":[{"field":"yn","equals":"ne"},{"field":"ch","equals":"y"}]}""",
        """{"all":[{"field":"yn","filled":true},{"not":{"field":"mc","in":["x"]}}]}""", """{"field":"d","greaterThan":5}""",
        """{"field":"poplatek","equals":"1000.33"}""", """{"field":"poplatek","lessThan":0}""", """{"field":"a","equals":"2250.00"}""",
        """{"field":"t","equals":"ano"}""", """{"field":"d","equals":"2024-02-29"}""", """{"all":[]}""", """{"any":[]}""",
        """{"field":"mc","filled":true,"notEquals":"x"}""",
    ];

    public static readonly string[] TypedNumbers =
    [
        "1 500,50", "1500.5", "1.500,50", "1 500 Kč", "250,-", "\u221212,5", "abc", "", "0,000", "12,", ",5", "1e3", "+7", "1,2,3", "  42  ",
        "1\u00A0234\u202F567,8", "-0", "12 Kč,-",
    ];

    public static readonly string[] TypedDates =
    [
        "29. 11. 2026", "29.11.2026", "2026-11-29", "31. 2. 2026", "29. 2. 2024", "29. 2. 2023", "2026-1-5", "5. 1. 2026", "abc",
        "1. 13. 2026", "05.01.2026", "0. 1. 2026",
    ];
}
