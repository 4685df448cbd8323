using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// The definition reader's problems (Czech, at JSON paths) placed for the builder: next to the input of the item being
/// edited when the path is one of its settings, otherwise in the error summary named by the step, section or field.
/// </summary>
public static class BuilderProblems
{
    private static readonly Dictionary<string, string> Inputs = new(StringComparer.Ordinal)
    {
        ["label"] = "Label",
        ["title"] = "Label",
        ["id"] = "Id",
        ["hint"] = "Hint",
        ["intro"] = "Hint",
        ["type"] = "Type",
        ["required"] = "Required",
        ["choices"] = "Choices",
        ["maxLength"] = "MaxLength",
        ["min"] = "Min",
        ["max"] = "Max",
        ["decimals"] = "Decimals",
        ["minDate"] = "MinDate",
        ["maxDate"] = "MaxDate",
        ["accept"] = "Accept",
        ["maxBytes"] = "MaxMegabytes",
        ["expression"] = "Expression",
        ["prefill"] = "Prefill",
        ["showWhen"] = "WhenField",
        ["repeat"] = "RepeatMax",
        ["errors"] = "ErrorRequired",
        ["sections"] = "",
        ["fields"] = "",
    };

    /// <summary>
    /// Each problem as (input key with <paramref name="prefix"/>, or "" for the summary; message). <paramref name="edited"/>
    /// is the item whose form was posted (null: none).
    /// </summary>
    public static IReadOnlyList<(string Key, string Message)> Place(
        FormDefinition form, DefinitionItem? edited, string prefix, IReadOnlyList<DefinitionProblem> problems)
    {
        var result = new List<(string, string)>();
        foreach (var problem in problems)
        {
            var item = DefinitionItem.AtPath(form, problem.Path);
            if (edited is not null && item?.Path == edited.Path && problem.Path.Length > item.Path.Length)
            {
                var setting = problem.Path[(item.Path.Length + 1)..].Split('.', '[')[0];
                if (Inputs.TryGetValue(setting, out var input) && input.Length > 0)
                {
                    result.Add(($"{prefix}.{input}", problem.Message));
                    continue;
                }
            }
            result.Add(("", item is null ? problem.Message : BuilderTexts.Capital(item.Described) + ": " + problem.Message));
        }
        return result;
    }
}
