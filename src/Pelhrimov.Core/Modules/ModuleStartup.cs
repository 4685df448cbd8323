using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Modules;

/// <summary>Everything a module adds to the application: services, middleware and endpoints.</summary>
/// <remarks>
/// Admin menu entries, permissions, recipe steps and database models are services too; see
/// <c>AddAdminMenu</c>, <c>AddPermissions</c>, <c>AddRecipeStep</c> and <c>AddModuleDbContext</c>.
/// A startup marked with <see cref="RequiresModulesAttribute"/> is optional glue that runs only when
/// the named modules are present.
/// </remarks>
public abstract class ModuleStartup
{
    /// <summary>Lower runs first, within the dependency order of modules.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    /// <summary>Middleware that must run before endpoints (after authentication and authorization).</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
