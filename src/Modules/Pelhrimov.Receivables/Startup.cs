using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Receivables.Api;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Sample;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Receivables.Statistics;
using Pelhrimov.Receivables.ViewComponents;

namespace Pelhrimov.Receivables;

/// <summary>Receivables: tables, the back-office API, the citizen pages and card, paying with a code (<c>/zaplatit</c>), the admin overview, the sample data.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ReceivablesDbContext, SqliteReceivablesDbContext, PostgresReceivablesDbContext>(context, Manifest.ModuleId);
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminDashboard>();
        services.AddScoped<ReceivableStatistics>();
        services.AddApiScopes<ApiScopes>();
        services.AddScoped<ReceivableWriter>();
        services.AddScoped<PaymentCodeBackfill>();
        services.AddSingleton<PaymentCodeBackfillOnStart>();
        services.AddHostedService(sp => sp.GetRequiredService<PaymentCodeBackfillOnStart>());
        services.AddReceivablesConnector(context.Configuration.GetSection("Receivables:Connector"));
        services.AddScoped<CitizenReceivables>();
        services.AddCitizenAreaSection<ReceivablesCitizenSection>();
        services.AddCitizenDeadlineSource<ReceivablesDeadlineSource>();
        services.AddWorkflowEvent<ReceivableCreated, ReceivablesForWorkflows>().AddWorkflowEvent<ReceivableStatusChanged, ReceivablesForWorkflows>()
            .AddWorkflowEvent<ReceivablePaymentBooked, ReceivablesForWorkflows>().AddWorkflowDateSource<ReceivablesForWorkflows>();
        services.AddRecipeStep<ReceivablesRecipeStep>("Receivables");
        services.Configure<PayWithCodeOptions>(context.Configuration.GetSection(PayWithCodeOptions.Section));
        services.AddSingleton<PayWithCodeThrottle>();
        services.AddScoped<PayWithCodeLookup>();
        services.AddPageSlot(PageSlots.Footer, PayWithCodeFooterViewComponent.Name);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => ReceivablesApi.Map(endpoints);
}
