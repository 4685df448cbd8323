using Microsoft.Extensions.Primitives;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// Checks complete answers against a (frozen) definition as at submission (<see cref="IFormEngine.Validate"/>): every
/// stored value is read again exactly as a posted one would be, so nothing reaches a submission that a step would refuse.
/// </summary>
internal sealed class AnswersValidator(FormDefinition form, FormAnswers answers, FillContext context)
{
    private const string HiddenAnswer = "Formulář obsahuje odpověď na otázku, která se podle ostatních odpovědí nevyplňuje. Projděte formulář znovu.";

    private readonly FillState state = new(form, answers, context);
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Validate()
    {
        foreach (var step in form.Steps)
        {
            foreach (var section in step.Sections)
            {
                var visible = state.IsSectionVisible(section);
                if (section.Repeat is not { } rule)
                {
                    CheckItem(step, section, null, visible);
                    continue;
                }
                var count = state.ItemCount(section.Id);
                if (visible && (count < rule.Min || count > rule.Max))
                {
                    errors.Add(new FieldError(step.Id, section.Id, $"Počet položek musí být od {rule.Min} do {rule.Max} (je jich {count})."));
                }
                if (!visible && count > 0)
                {
                    errors.Add(new FieldError(step.Id, section.Id, HiddenAnswer));
                }
                for (var i = 0; i < Math.Min(count, rule.Max); i++)
                {
                    CheckItem(step, section, i, visible);
                }
            }
        }
        CheckUnknown();
        return errors;
    }

    private void CheckItem(FormStep step, FormSection section, int? item, bool sectionVisible)
    {
        foreach (var field in section.Fields)
        {
            var place = state.Map.Fields[field.Id];
            var input = InputNames.Of(section, item, field);
            var stored = state.Stored(place, item);
            if (!sectionVisible || !state.IsVisible(place, item) || field.Type is FieldType.Info or FieldType.Computed)
            {
                if (stored is not null)
                {
                    errors.Add(new FieldError(step.Id, input, HiddenAnswer));
                }
                continue;
            }
            var verified = Prefill.Verified(field, context);
            if (verified is not null && stored is not null && !AnswerCopy.SameValue(verified, stored))
            {
                errors.Add(new FieldError(step.Id, input, "Údaj ověřený identitou občana nelze změnit."));
                continue;
            }
            var value = verified ?? stored;
            if (value is null)
            {
                if (field.Required)
                {
                    errors.Add(new FieldError(step.Id, input, FieldMessages.Required(field)));
                }
                continue;
            }
            if (Check(field, input, value) is { } error)
            {
                errors.Add(new FieldError(step.Id, input, error));
            }
        }
    }

    private string? Check(FormField field, string input, AnswerValue value)
    {
        if (field.Type == FieldType.File)
        {
            return value.File is { } file ? FileInput.Check(field, file) : FieldMessages.Invalid(field);
        }
        if (value.File is not null)
        {
            return FieldMessages.Invalid(field);
        }
        var posted = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (value.Address is { } address)
        {
            foreach (var part in AddressInput.Inputs(input, address))
            {
                posted[part.Key] = part.Value;
            }
        }
        else if (value.Values is { } values)
        {
            posted[input] = new StringValues([.. values]);
        }
        else if (value.Text is { } text)
        {
            posted[input] = text;
        }
        var result = FieldParser.Parse(field, input, posted, context.Today);
        return result.Error ?? (AnswerCopy.SameValue(result.Value, value) ? null : FieldMessages.Invalid(field));
    }

    private void CheckUnknown()
    {
        var firstStep = form.Steps.FirstOrDefault()?.Id ?? "";
        foreach (var id in answers.Fields.Keys)
        {
            if (!state.Map.Fields.TryGetValue(id, out var place) || place.GroupId is not null)
            {
                errors.Add(new FieldError(firstStep, id, "Formulář obsahuje odpověď na otázku, kterou tato verze formuláře nemá."));
            }
        }
        foreach (var (sectionId, items) in answers.Groups)
        {
            if (!state.Map.Sections.TryGetValue(sectionId, out var place) || place.Section.Repeat is null)
            {
                errors.Add(new FieldError(firstStep, sectionId, "Formulář obsahuje skupinu odpovědí, kterou tato verze formuláře nemá."));
                continue;
            }
            foreach (var key in items.SelectMany(i => i.Keys).Distinct())
            {
                if (!state.Map.Fields.TryGetValue(key, out var field) || field.GroupId != sectionId)
                {
                    errors.Add(new FieldError(place.Step.Id, sectionId, "Formulář obsahuje odpověď na otázku, kterou tato verze formuláře nemá."));
                }
            }
        }
    }
}
