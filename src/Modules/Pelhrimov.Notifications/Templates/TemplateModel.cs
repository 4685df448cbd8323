using System.Collections;
using System.Reflection;
using System.Text;

namespace Pelhrimov.Notifications.Templates;

/// <summary>
/// Turns a kind's model record into what a template sees: a dictionary per record, keyed by the snake_case names of its
/// public properties (<c>FilingSubject</c> → <c>filing_subject</c>), holding only strings, numbers, booleans, dates and
/// nested dictionaries. A template therefore never holds a .NET object and cannot call or reach any other member.
/// </summary>
public static class TemplateModel
{
    public static Dictionary<string, object?> From(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                values[SnakeCase(property.Name)] = Value(property.GetValue(model));
            }
        }
        return values;
    }

    /// <summary>The names a template of this model type may use (nested records as <c>parent.child</c>).</summary>
    public static IEnumerable<string> Names(Type type, string prefix = "") =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .SelectMany(p => IsScalar(p.PropertyType)
                ? [prefix + SnakeCase(p.Name)]
                : Names(p.PropertyType, prefix + SnakeCase(p.Name) + "."));

    public static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                result.Append('_');
            }
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double or DateTime or DateTimeOffset or DateOnly => value,
        IEnumerable items => items.Cast<object?>().Select(Value).ToList(),
        _ => From(value),
    };

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly);
    }
}
