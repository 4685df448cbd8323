using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Forms.Glue;

/// <summary>With the Filings module present, every submission becomes a filing (ADR 0040).</summary>
[RequiresModules("Filings")]
public sealed class FilingsGlueStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddEventHandler<FormSubmitted, FileSubmission>();
}
