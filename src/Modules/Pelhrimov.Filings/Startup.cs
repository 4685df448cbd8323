using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Filings.Api;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Recipes;
using Pelhrimov.Filings.Services;
using Pelhrimov.Filings.Statistics;

namespace Pelhrimov.Filings;

/// <summary>Filings: tables, the records system's API, the citizen pages and card, the clerk inbox, the sample recipe step.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<FilingsDbContext, SqliteFilingsDbContext, PostgresFilingsDbContext>(context, Manifest.ModuleId);
        services.Configure<FilingsOptions>(context.Configuration.GetSection(FilingsOptions.Section));
        services.AddScoped<FilingsService>();
        services.AddScoped<FilingsInbox>();
        services.AddSingleton<FilingFiles>();
        services.AddFilingsConnector(context.Configuration.GetSection("Filings:Connector"));
        services.AddScoped<CitizenFilings>();
        services.AddPermissions<Permissions>();
        services.AddApiScopes<ApiScopes>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminDashboard>();
        services.AddScoped<FilingStatistics>();
        services.AddAuditActionLabels<FilingAuditActionLabels>();
        services.AddCitizenAreaSection<MyFilingsSection>();
        services.AddCitizenDeadlineSource<FilingsDeadlineSource>();
        services.AddWorkflowEvent<FilingStatusChanged, FilingStatusChangedForWorkflows>().AddWorkflowAction<ChangeFilingStatusAction>();
        services.AddRecipeStep<FilingsRecipeStep>("Filings");
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => FilingsApi.Map(endpoints);
}
