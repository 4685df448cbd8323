using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
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
    // A model type's readable properties, each with its template name and a getter compiled once. Reading them through
    // reflection on every message made .NET emit an invoke stub per property again whenever a collection had dropped the
    // type's reflection cache (weakly held): a dozen methods compiled every ~15 notifications (ADR 0062).
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> Accessors = new();

    public static Dictionary<string, object?> From(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var accessors = Accessors.GetOrAdd(model.GetType(), AccessorsOf);
        var values = new Dictionary<string, object?>(accessors.Length, StringComparer.Ordinal);
        foreach (var (name, get) in accessors)
        {
            values[name] = Value(get(model));
        }
        return values;
    }

    private static (string Name, Func<object, object?> Get)[] AccessorsOf(Type type)
    {
        var instance = Expression.Parameter(typeof(object), "model");
        return [.. Readable(type).Select(p => (SnakeCase(p.Name),
            Expression.Lambda<Func<object, object?>>(Expression.Convert(Expression.Property(Expression.Convert(instance, type), p), typeof(object)), instance).Compile()))];
    }

    private static IEnumerable<PropertyInfo> Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && p.Name != "EqualityContract");

    /// <summary>The names a template of this model type may use (nested records as <c>parent.child</c>).</summary>
    public static IEnumerable<string> Names(Type type, string prefix = "") =>
        Readable(type)
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
