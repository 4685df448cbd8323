using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Audit;

/// <summary>Czech names of the audit action codes a module writes, shown in the admin instead of the codes.</summary>
public interface IAuditActionLabels
{
    /// <summary>Action code (<c>staff.signin</c>) → what a person reads (<c>Přihlášení do administrace</c>).</summary>
    IReadOnlyDictionary<string, string> Labels { get; }
}

/// <summary>All modules' audit action labels together; an action nobody named is shown as its code.</summary>
public sealed class AuditActionNames
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public AuditActionNames(IEnumerable<IAuditActionLabels> modules)
    {
        foreach (var (action, label) in modules.SelectMany(m => m.Labels))
        {
            if (!_labels.TryAdd(action, label))
            {
                throw new InvalidOperationException($"The audit action '{action}' is labelled twice.");
            }
        }
    }

    public string NameOf(string action) => _labels.TryGetValue(action, out var label) ? label : action;

    /// <summary>Whether a module gave the action a name.</summary>
    public bool IsNamed(string action) => _labels.ContainsKey(action);
}

public static class AuditActionLabelsRegistration
{
    /// <summary>Adds a module's labels to <see cref="AuditActionNames"/>.</summary>
    public static IServiceCollection AddAuditActionLabels<TLabels>(this IServiceCollection services)
        where TLabels : class, IAuditActionLabels =>
        services.AddSingleton<IAuditActionLabels, TLabels>();
}
