using System.Globalization;
using System.Text.Json;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Workflows.Actions;

/// <summary>Builds a notification kind's model record from the values a trigger gives, by the record's parameter names.</summary>
public static class NotificationModelFactory
{
    public static object Create(Type modelType, WorkflowNotificationValues values)
    {
        var constructor = modelType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p =>
        {
            var found = values.Values.FirstOrDefault(v => string.Equals(v.Key, p.Name, StringComparison.OrdinalIgnoreCase));
            if (found.Key is null)
            {
                throw new WorkflowActionRefusedException($"Spouštěč nedodává hodnotu „{p.Name}“, kterou oznámení potřebuje.");
            }
            return Convert(found.Value, p.ParameterType);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Convert(object? value, Type type) => value switch
    {
        null => type == typeof(string) ? "" : null,
        JsonElement { ValueKind: JsonValueKind.Null } => type == typeof(string) ? "" : null,
        JsonElement element => element.Deserialize(type, Core.Events.DomainEvents.Json),
        _ when type.IsInstanceOfType(value) => value,
        _ => System.Convert.ChangeType(value, Nullable.GetUnderlyingType(type) ?? type, CultureInfo.InvariantCulture),
    };
}
