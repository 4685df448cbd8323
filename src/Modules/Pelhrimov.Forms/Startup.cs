using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Forms.Data;

namespace Pelhrimov.Forms;

/// <summary>Smart forms: definitions and their versions, the admin, filling at <c>/formulare</c>, submissions.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<FormsDbContext, SqliteFormsDbContext, PostgresFormsDbContext>(context, Manifest.ModuleId);
    }
}
