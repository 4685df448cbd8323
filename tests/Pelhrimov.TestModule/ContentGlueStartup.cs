using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.TestModule;

/// <summary>Optional glue: runs because the Content module is present.</summary>
[RequiresModules("Content")]
public sealed class ContentGlueStartup : ModuleStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/test-module/glue", () => Results.Text("glue"));
    }
}
