using Pelhrimov.Core.Modules;

namespace Pelhrimov.Core;

public sealed class CoreManifest : ModuleManifest
{
    public const string ModuleId = "Core";

    public override string Id => ModuleId;

    public override string Name => "Jádro";

    public override string Description => "Sdílené služby: nastavení webu, auditní záznam, indexační log, recepty.";
}
