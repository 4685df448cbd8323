using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Modules;

/// <summary>What a module may look at while it registers its services.</summary>
public sealed record ModuleContext(
    IConfiguration Configuration,
    IHostEnvironment Environment,
    DataFolder DataFolder,
    PortalDatabase Database,
    ModuleCatalog Catalog);
