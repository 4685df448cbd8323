using Pelhrimov.Forms.Engine.Expressions;

namespace Pelhrimov.Forms.Definitions;

/// <summary>
/// The rules of a definition that its JSON Schema cannot say, each problem in Czech at its JSON path: unique ids,
/// conditions and calculations reading only earlier fields (or the same repeatable item's), choices, limits, pre-fill.
/// </summary>
internal sealed class DefinitionRules
{
    private static readonly HashSet<string> Reserved = ["pridat", "odebrat", "krok", "akce"];

    private readonly List<DefinitionProblem> problems = [];
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    // What is defined before the point being checked, in the form's order.
    private readonly Dictionary<string, (FormField Field, string? Group)> earlierFields = new(StringComparer.Ordinal);
    private readonly HashSet<string> earlierGroups = new(StringComparer.Ordinal);

    public static IReadOnlyList<DefinitionProblem> Check(FormDefinition form)
    {
        var rules = new DefinitionRules();
        rules.CheckForm(form);
        return rules.problems;
    }

    private void Problem(string path, string message) => problems.Add(new DefinitionProblem(path, message));

    private void CheckForm(FormDefinition form)
    {
        if (form.Steps.Count == 0)
        {
            Problem("$.steps", "Formulář potřebuje alespoň jeden krok.");
        }
        if (form.Access.Kind == AccessKind.Identified && form.Access.MinimumLevel is not (null or "low" or "substantial" or "high"))
        {
            Problem("$.access.minimumLevel", "Úroveň ověření musí být low, substantial nebo high.");
        }
        if (form.Access.Kind != AccessKind.Identified && form.Access.MinimumLevel is not null)
        {
            Problem("$.access.minimumLevel", "Úroveň ověření patří jen k formulářům pro ověřené občany (kind: identified).");
        }
        for (var s = 0; s < form.Steps.Count; s++)
        {
            var step = form.Steps[s];
            var path = $"$.steps[{s}]";
            Id(step.Id, path);
            CheckCondition(step.ShowWhen, path + ".showWhen", null);
            if (step.Sections.Sum(x => x.Fields.Count) == 0)
            {
                Problem(path + ".sections", "Krok nemá žádné pole.");
            }
            for (var i = 0; i < step.Sections.Count; i++)
            {
                CheckSection(step.Sections[i], $"{path}.sections[{i}]");
            }
        }
    }

    private void CheckSection(FormSection section, string path)
    {
        Id(section.Id, path);
        CheckCondition(section.ShowWhen, path + ".showWhen", null);
        var group = section.Repeat is null ? null : section.Id;
        if (section.Repeat is { } rule && !(1 <= rule.Min && rule.Min <= rule.Max && rule.Max <= 50))
        {
            Problem(path + ".repeat", "Opakování musí splňovat 1 ≤ min ≤ max ≤ 50.");
        }
        for (var i = 0; i < section.Fields.Count; i++)
        {
            var field = section.Fields[i];
            var fieldPath = $"{path}.fields[{i}]";
            Id(field.Id, fieldPath);
            CheckCondition(field.ShowWhen, fieldPath + ".showWhen", group);
            FieldChecks.Check(field, fieldPath, Problem);
            if (field.Type == FieldType.Computed)
            {
                CheckExpression(field.Expression, fieldPath + ".expression", group);
            }
            earlierFields.TryAdd(field.Id, (field, group));
        }
        if (group is not null)
        {
            earlierGroups.Add(group);
        }
    }

    private void Id(string id, string path)
    {
        if (Reserved.Contains(id))
        {
            Problem(path + ".id", $"Id „{id}“ je vyhrazené pro ovládání formuláře; zvolte jiné.");
        }
        else if (!ids.TryAdd(id, path))
        {
            Problem(path + ".id", $"Id „{id}“ už má {ids[id]}; id musí být v celém formuláři jedinečná.");
        }
    }

    private void CheckCondition(Condition? condition, string path, string? group, int depth = 0)
    {
        if (condition is null)
        {
            return;
        }
        if (depth > 10)
        {
            Problem(path, "Podmínka je vnořená příliš hluboko (nejvýše 10 úrovní).");
            return;
        }
        var hasTest = condition.EqualTo is not null || condition.NotEqualTo is not null || condition.In is not null
            || condition.Filled is not null || condition.GreaterThan is not null || condition.LessThan is not null;
        var combinations = (condition.All is null ? 0 : 1) + (condition.Any is null ? 0 : 1) + (condition.Not is null ? 0 : 1);
        if (condition.Field is null ? hasTest || combinations != 1 : !hasTest || combinations > 0)
        {
            Problem(path, "Podmínka musí být buď porovnání pole (field a equals, notEquals, in, filled, greaterThan nebo lessThan), nebo jedno z all, any, not.");
        }
        if (condition.Field is { } id)
        {
            Reference(id, path + ".field", group, allowInfo: false);
        }
        for (var i = 0; i < (condition.All?.Count ?? 0); i++)
        {
            CheckCondition(condition.All![i], $"{path}.all[{i}]", group, depth + 1);
        }
        for (var i = 0; i < (condition.Any?.Count ?? 0); i++)
        {
            CheckCondition(condition.Any![i], $"{path}.any[{i}]", group, depth + 1);
        }
        CheckCondition(condition.Not, path + ".not", group, depth + 1);
    }

    private void CheckExpression(string? expression, string path, string? group)
    {
        var parsed = ExprParser.Parse(expression);
        if (!parsed.IsValid)
        {
            Problem(path, "Výpočet nelze přečíst: " + parsed.Error);
            return;
        }
        foreach (var call in Calls(parsed.Root!).Where(c => Functions.TakesSection(c.Function)))
        {
            var target = (ReferenceNode)call.Arguments[0];
            if (!earlierGroups.Contains(target.Id))
            {
                Problem(path, $"{call.Function}({target.Id}…) musí jmenovat opakovatelný oddíl uvedený dříve ve formuláři.");
            }
            else if (call.Function == "sum" && (target.Member is null
                || !earlierFields.TryGetValue(target.Member, out var member) || member.Group != target.Id))
            {
                Problem(path, $"sum potřebuje pole oddílu „{target.Id}“ zapsané jako sum({target.Id}.pole).");
            }
        }
        var sectionArguments = Calls(parsed.Root!).Where(c => Functions.TakesSection(c.Function)).Select(c => c.Arguments[0]).ToHashSet();
        foreach (var reference in parsed.References.Where(r => !sectionArguments.Contains(r)))
        {
            Reference(reference.Id, path, group, allowInfo: false);
        }
    }

    private void Reference(string id, string path, string? group, bool allowInfo)
    {
        if (!earlierFields.TryGetValue(id, out var target))
        {
            var hint = id.Split('-').Any(earlierFields.ContainsKey) ? " Odečítání pište s mezerami: a - b." : "";
            Problem(path, $"„{id}“ není pole uvedené dříve ve formuláři; podmínky a výpočty mohou číst jen dřívější pole.{hint}");
            return;
        }
        if (target.Group is not null && target.Group != group)
        {
            Problem(path, $"Pole „{id}“ je v opakovatelném oddílu „{target.Group}“; mimo něj ho lze číst jen přes count({target.Group}) nebo sum({target.Group}.{id}).");
        }
        if (!allowInfo && target.Field.Type is FieldType.Info)
        {
            Problem(path, $"Pole „{id}“ je jen informační text a nemá hodnotu.");
        }
    }

    private static IEnumerable<CallNode> Calls(ExprNode node) => node switch
    {
        CallNode call => call.Arguments.SelectMany(Calls).Prepend(call),
        UnaryNode unary => Calls(unary.Operand),
        BinaryNode binary => Calls(binary.Left).Concat(Calls(binary.Right)),
        _ => [],
    };
}
