namespace Pelhrimov.Core.Modules;

/// <summary>Introduces a module: its id, display name and the modules it cannot work without.</summary>
/// <remarks>Exactly one per module assembly. The host finds it by scanning the assemblies it references.</remarks>
public abstract class ModuleManifest
{
    public abstract string Id { get; }

    public abstract string Name { get; }

    public virtual string Description => "";

    /// <summary>Ids of modules that must be present; the host refuses to start without them.</summary>
    public virtual IReadOnlyList<string> Dependencies => [];
}
