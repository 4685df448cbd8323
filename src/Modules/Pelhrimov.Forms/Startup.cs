using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Forms;

/// <summary>Smart forms: definitions and their versions, the admin, filling at <c>/formulare</c>, submissions.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }
}
