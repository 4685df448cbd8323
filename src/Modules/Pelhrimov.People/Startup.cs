using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.People.Api;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.People.Services;
using Pelhrimov.People.Setup;

namespace Pelhrimov.People;

/// <summary>The register of persons, linking citizen accounts to them, the clerk's review queue and the back-office API.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<PeopleDbContext, SqlitePeopleDbContext, PostgresPeopleDbContext>(context, Manifest.ModuleId);
        services.Configure<PeopleOptions>(context.Configuration.GetSection(PeopleOptions.Section));
        services.AddScoped<PersonLinking>();
        services.AddScoped<PersonRegister>();
        services.AddScoped<IPersonLinks, PersonLinks>();
        services.AddEventHandler<CitizenIdentified, LinkOnCitizenIdentified>();
        services.AddEventHandler<CitizenAccountDeleted, UnlinkOnCitizenAccountDeleted>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddApiScopes<ApiScopes>();
        services.AddAuditActionLabels<PeopleAuditActionLabels>();
        services.AddRecipeStep<PeopleRecipeStep>("People");
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => PersonsApi.Map(endpoints);
}
