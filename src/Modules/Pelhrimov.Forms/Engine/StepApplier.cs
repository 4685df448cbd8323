using Microsoft.Extensions.Primitives;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// Reads one posted step into the answers (<see cref="IFormEngine.ApplyStep"/>): fields in the order of the form, so that
/// a field's condition sees the values accepted before it; repeatable items added or removed within their rule.
/// </summary>
internal sealed class StepApplier(FormDefinition form, FormStep step, IReadOnlyDictionary<string, StringValues> posted, FillContext context)
{
    // More inputs than any real step has: a forged post, refused before anything is read.
    private const int MaxInputs = 5000;

    private readonly List<FieldError> errors = [];

    public StepOutcome Apply(IReadOnlyList<UploadedFile> uploads, IReadOnlyDictionary<string, FileValue> storedFiles, FormAnswers answers)
    {
        var work = AnswerCopy.Clone(answers);
        var state = new FillState(form, work, context);
        if (Refusal(state) is { } refusal)
        {
            return new StepOutcome(answers, [new FieldError(step.Id, refusal.Input, refusal.Message)]);
        }
        foreach (var section in step.Sections)
        {
            var visible = state.IsSectionVisible(section);
            if (section.Repeat is not null)
            {
                if (!visible)
                {
                    work.Groups.Remove(section.Id);
                    continue;
                }
                var items = Items(work, section);
                for (var i = 0; i < items.Count; i++)
                {
                    ApplySection(state, section, i, uploads, storedFiles);
                }
            }
            else
            {
                ApplySection(state, section, null, uploads, storedFiles);
            }
        }
        var changed = ApplyAction(work, state);
        if (changed)
        {
            // Adding or removing an item only redraws the step: nothing is missing yet, and wrong values were dropped.
            errors.RemoveAll(e => e.InputName != InputNames.Add && e.InputName != InputNames.Remove);
        }
        return new StepOutcome(work, errors) { ItemsChanged = changed };
    }

    /// <summary>A post that asks for items the answers do not have, or an absurd number of inputs, changes nothing.</summary>
    private (string Input, string Message)? Refusal(FillState state)
    {
        if (!state.IsStepVisible(step))
        {
            return (step.Id, "Tento krok se podle vašich odpovědí nevyplňuje – pokračujte podle formuláře.");
        }
        if (posted.Count > MaxInputs)
        {
            return (step.Id, "Odeslaný formulář obsahuje příliš mnoho údajů. Načtěte stránku znovu a vyplňte ji.");
        }
        foreach (var key in posted.Keys)
        {
            if (InputNames.ParseItem(key) is not { } target || step.Sections.FirstOrDefault(s => s.Id == target.Section) is not { Repeat: { } rule } section)
            {
                continue;
            }
            var count = Math.Max(state.ItemCount(section.Id), rule.Min);
            if (target.Index < 0 || target.Index >= count)
            {
                return (section.Id, $"Formulář obsahuje položku, která neexistuje (nejvýše {rule.Max}). Načtěte stránku znovu a vyplňte ji.");
            }
        }
        return null;
    }

    private static List<Dictionary<string, AnswerValue>> Items(FormAnswers work, FormSection section)
    {
        if (!work.Groups.TryGetValue(section.Id, out var items))
        {
            work.Groups[section.Id] = items = [];
        }
        while (items.Count < section.Repeat!.Min)
        {
            items.Add(new Dictionary<string, AnswerValue>(StringComparer.Ordinal));
        }
        return items;
    }

    private void ApplySection(FillState state, FormSection section, int? item, IReadOnlyList<UploadedFile> uploads, IReadOnlyDictionary<string, FileValue> storedFiles)
    {
        foreach (var field in section.Fields)
        {
            var place = state.Map.Fields[field.Id];
            var input = InputNames.Of(section, item, field);
            if (!state.IsVisible(place, item) || field.Type is FieldType.Info or FieldType.Computed)
            {
                Set(state, place, item, null);
                continue;
            }
            if (Prefill.Verified(field, context) is { } verified)
            {
                Set(state, place, item, verified);
                continue;
            }
            if (field.Type == FieldType.File)
            {
                ApplyFile(state, place, item, input, uploads, storedFiles);
                continue;
            }
            var result = FieldParser.Parse(field, input, posted, context.Today);
            Set(state, place, item, result.Value);
            if (result.Error is not null)
            {
                errors.Add(new FieldError(step.Id, result.ErrorPart is null ? input : input + "." + result.ErrorPart, result.Error));
            }
            else if (result.Value is null && field.Required)
            {
                errors.Add(new FieldError(step.Id, field.Type == FieldType.Address ? input + "." + AddressInput.Town : input, FieldMessages.Required(field)));
            }
        }
    }

    private void ApplyFile(FillState state, FieldPlace place, int? item, string input, IReadOnlyList<UploadedFile> uploads, IReadOnlyDictionary<string, FileValue> storedFiles)
    {
        var field = place.Field;
        var upload = uploads.FirstOrDefault(u => u.InputName == input);
        if (upload is not null && FileInput.Check(field, upload) is { } error)
        {
            errors.Add(new FieldError(step.Id, input, error));
            return;
        }
        if (storedFiles.TryGetValue(input, out var stored))
        {
            if (FileInput.Check(field, stored) is { } storedError)
            {
                errors.Add(new FieldError(step.Id, input, storedError));
                return;
            }
            Set(state, place, item, new AnswerValue { File = stored });
            return;
        }
        // A valid upload the caller has not stored yet counts as given; otherwise the earlier file stays.
        if (upload is null && state.Stored(place, item) is null && field.Required)
        {
            errors.Add(new FieldError(step.Id, input, FieldMessages.Required(field)));
        }
    }

    private bool ApplyAction(FormAnswers work, FillState state)
    {
        if (posted.TryGetValue(InputNames.Add, out var add) && add.FirstOrDefault() is { } addId)
        {
            if (Repeatable(state, addId) is not { } section)
            {
                return false;
            }
            var items = Items(work, section);
            if (items.Count >= section.Repeat!.Max)
            {
                errors.Add(new FieldError(step.Id, InputNames.Add, $"Můžete přidat nejvýše {section.Repeat.Max} položek."));
                return false;
            }
            items.Add(new Dictionary<string, AnswerValue>(StringComparer.Ordinal));
            return true;
        }
        if (posted.TryGetValue(InputNames.Remove, out var remove) && remove.FirstOrDefault() is { } removeText
            && InputNames.ParseItem(removeText) is { } target && Repeatable(state, target.Section) is { } removed)
        {
            var items = Items(work, removed);
            if (target.Index < 0 || target.Index >= items.Count)
            {
                return false;
            }
            if (items.Count <= removed.Repeat!.Min)
            {
                errors.Add(new FieldError(step.Id, InputNames.Remove, $"Formulář potřebuje alespoň {removed.Repeat.Min} {(removed.Repeat.Min == 1 ? "položku" : "položky")}, tuto nelze odebrat."));
                return false;
            }
            items.RemoveAt(target.Index);
            return true;
        }
        return false;
    }

    private FormSection? Repeatable(FillState state, string sectionId) =>
        step.Sections.FirstOrDefault(s => s.Id == sectionId && s.Repeat is not null && state.IsSectionVisible(s));

    private static void Set(FillState state, FieldPlace place, int? item, AnswerValue? value) => Set(state.Answers, place, item, value);

    internal static void Set(FormAnswers answers, FieldPlace place, int? item, AnswerValue? value)
    {
        Dictionary<string, AnswerValue>? target = place.GroupId is null
            ? answers.Fields
            : item is { } i && answers.Groups.TryGetValue(place.GroupId, out var items) && i < items.Count ? items[i] : null;
        if (target is null)
        {
            return;
        }
        if (value is null)
        {
            target.Remove(place.Field.Id);
        }
        else
        {
            target[place.Field.Id] = value;
        }
    }
}
