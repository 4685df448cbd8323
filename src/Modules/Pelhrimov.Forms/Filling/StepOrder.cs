using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Filling;

/// <summary>Which step of a fill may be opened: the visible steps in order, none past the first not yet answered validly.</summary>
internal static class StepOrder
{
    /// <summary>Null when <paramref name="stepId"/> may be shown; else the address of the step to go to instead (no skipping ahead).</summary>
    public static string? Elsewhere(IFormEngine engine, LiveForm form, Fill fill, string stepId, FillContext context)
    {
        var visible = engine.VisibleSteps(form.Definition, fill.Answers, context);
        var index = visible.ToList().FindIndex(s => s.Id == stepId);
        var paths = new FormPaths(form.Slug);
        if (index < 0)
        {
            return paths.Step(FirstInvalid(engine, form, fill, context) ?? visible[0].Id);
        }
        var invalid = InvalidSteps(engine, form, fill, context);
        var firstInvalid = visible.Select((s, i) => (s, i)).FirstOrDefault(x => invalid.Contains(x.s.Id));
        return firstInvalid.s is not null && firstInvalid.i < index ? paths.Step(firstInvalid.s.Id) : null;
    }

    /// <summary>The first visible step with an invalid or missing answer; null when every step is answered.</summary>
    public static string? FirstInvalid(IFormEngine engine, LiveForm form, Fill fill, FillContext context)
    {
        var invalid = InvalidSteps(engine, form, fill, context);
        return engine.VisibleSteps(form.Definition, fill.Answers, context).FirstOrDefault(s => invalid.Contains(s.Id))?.Id;
    }

    private static HashSet<string> InvalidSteps(IFormEngine engine, LiveForm form, Fill fill, FillContext context) =>
        engine.Validate(form.Definition, fill.Answers, context).Select(e => e.StepId).ToHashSet(StringComparer.Ordinal);
}
