using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>A condition in Czech words for the outline and the preview: „Máte psa?“ je rovno „Ano“.</summary>
public static class ConditionText
{
    public static string Describe(FormDefinition form, Condition condition)
    {
        if (SimpleCondition.IsCombined(condition) || condition.Field is null)
        {
            return "složená podmínka (upravte ji v JSON)";
        }
        var field = DefinitionItem.Find(form, condition.Field)?.Field;
        var name = $"„{BuilderTexts.Abbreviate(field?.Label ?? condition.Field)}“";
        return condition switch
        {
            { EqualTo: { } value } => $"{name} je rovno „{Value(field, value)}“",
            { NotEqualTo: { } value } => $"{name} není rovno „{Value(field, value)}“",
            { GreaterThan: { } number } => $"{name} je větší než {number.ToString("#,0.##", CzechFormat.Culture)}",
            { LessThan: { } number } => $"{name} je menší než {number.ToString("#,0.##", CzechFormat.Culture)}",
            _ => $"{name} je vyplněno",
        };
    }

    private static string Value(FormField? field, string value) =>
        (field is null ? null : SimpleCondition.Choices(field).FirstOrDefault(c => c.Value == value)?.Label) ?? value.ToString(CultureInfo.InvariantCulture);
}
