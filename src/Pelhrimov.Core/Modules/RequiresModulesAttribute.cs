namespace Pelhrimov.Core.Modules;

/// <summary>Marks a startup as glue between modules: it runs only when every named module is present.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresModulesAttribute(params string[] moduleIds) : Attribute
{
    public IReadOnlyList<string> ModuleIds { get; } = moduleIds;
}
