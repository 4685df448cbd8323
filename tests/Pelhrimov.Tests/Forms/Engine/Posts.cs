using Microsoft.Extensions.Primitives;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Posting a step the way the filling page does, in one line of a test.</summary>
internal static class Posts
{
    public static readonly FormEngine Engine = new();

    public static Dictionary<string, StringValues> Of(params (string Name, string Value)[] inputs)
    {
        var posted = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (name, value) in inputs)
        {
            posted[name] = posted.TryGetValue(name, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }
        return posted;
    }

    public static StepOutcome Apply(FormDefinition form, string stepId, FormAnswers answers, FillContext context, params (string Name, string Value)[] inputs) =>
        Engine.ApplyStep(form, form.Steps.Single(s => s.Id == stepId), Of(inputs), [], new Dictionary<string, FileValue>(), answers, context);

    public static StepOutcome Apply(FormDefinition form, string stepId, params (string Name, string Value)[] inputs) =>
        Apply(form, stepId, new FormAnswers(), SampleForms.Anonymous(), inputs);
}
