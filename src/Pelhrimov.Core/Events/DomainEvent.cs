namespace Pelhrimov.Core.Events;

/// <summary>Something that happened in a module and that other modules may react to (docs/events.md).</summary>
/// <remarks>An event is an immutable record serialised with System.Text.Json; it names ids and facts, never personal
/// data such as names or e-mail addresses, because stored events outlive the accounts they mention.</remarks>
public interface IDomainEvent;

/// <summary>The stored name and version of an event type, and the module that publishes it.</summary>
/// <remarks>The name and version, not the CLR type, identify stored events: a class may be renamed or moved freely, but
/// a change of its fields that old payloads cannot be read into is a new version (docs/events.md).</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DomainEventAttribute(string name, int version, string module) : Attribute
{
    /// <summary>E.g. <c>content.published</c>.</summary>
    public string Name { get; } = name;

    public int Version { get; } = version;

    /// <summary>The id of the module that publishes it (its manifest's <c>ModuleId</c>).</summary>
    public string Module { get; } = module;
}
