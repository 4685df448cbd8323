using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.TestModule;

/// <summary>Optional glue for a module no host has: must never run, so its route must never exist.</summary>
[RequiresModules("DoesNotExist")]
public sealed class MissingModuleGlueStartup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/test-module/never", () => Results.Text("never"));
    }
}
