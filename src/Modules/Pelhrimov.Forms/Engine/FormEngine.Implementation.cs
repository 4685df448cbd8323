using Microsoft.Extensions.Primitives;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Expressions;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// The forms engine (<see cref="IFormEngine"/>): stateless and pure, safe as a singleton. The work is done by small
/// classes: <see cref="FillState"/> (visibility and values), <see cref="StepApplier"/>, <see cref="AnswersValidator"/>,
/// <see cref="AnswersCleaner"/>, <see cref="AnswerDisplay"/> and the calculation language in <c>Expressions/</c>.
/// </summary>
public sealed class FormEngine : IFormEngine
{
    public IReadOnlyList<FormStep> VisibleSteps(FormDefinition form, FormAnswers answers, FillContext context)
    {
        var state = new FillState(form, answers, context);
        return form.Steps.Where(state.IsStepVisible).ToList();
    }

    public bool IsVisible(FormDefinition form, Condition? condition, FormAnswers answers, string? groupId, int? item, FillContext context) =>
        new FillState(form, answers, context).Holds(condition, groupId, item);

    public bool IsFieldVisible(FormDefinition form, string fieldId, int? item, FormAnswers answers, FillContext context)
    {
        var state = new FillState(form, answers, context);
        return state.Map.Fields.TryGetValue(fieldId, out var place) && state.IsVisible(place, item);
    }

    public StepOutcome ApplyStep(
        FormDefinition form,
        FormStep step,
        IReadOnlyDictionary<string, StringValues> posted,
        IReadOnlyList<UploadedFile> uploads,
        IReadOnlyDictionary<string, FileValue> storedFiles,
        FormAnswers answers,
        FillContext context) =>
        new StepApplier(form, step, posted, context).Apply(uploads, storedFiles, answers);

    public IReadOnlyList<FieldError> Validate(FormDefinition form, FormAnswers answers, FillContext context) =>
        new AnswersValidator(form, answers, context).Validate();

    public FormAnswers Clean(FormDefinition form, FormAnswers answers, FillContext context) =>
        AnswersCleaner.Clean(form, answers, context);

    public FormAnswers Start(FormDefinition form, FillContext context) => AnswersCleaner.Start(form, context);

    public bool IsVerifiedPrefill(FormField field, FillContext context) => Prefill.Verified(field, context) is not null;

    public IReadOnlyDictionary<string, decimal?> Compute(FormDefinition form, FormAnswers answers, FillContext context)
    {
        var state = new FillState(form, answers, context);
        var results = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var place in state.Map.All.Where(p => p.Field.Type == FieldType.Computed))
        {
            if (place.GroupId is null)
            {
                results[place.Field.Id] = Number(state, place, null);
                continue;
            }
            for (var i = 0; i < state.ItemCount(place.GroupId); i++)
            {
                results[InputNames.Item(place.GroupId, i) + "." + place.Field.Id] = Number(state, place, i);
            }
        }
        return results;
    }

    public string Display(FormField field, AnswerValue? value) => AnswerDisplay.Show(field, value);

    private static decimal? Number(FillState state, FieldPlace place, int? item) =>
        state.IsVisible(place, item) && state.Compute(place, item) is { Kind: ExprKind.Number } result ? result.Number : null;
}
