using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Receivables.Statements.Data;
using Pelhrimov.Receivables.Statements.Domain;
using Pelhrimov.Receivables.Statements.Sample;
using Pelhrimov.Receivables.Statements.Services;

namespace Pelhrimov.Receivables.Statements;

/// <summary>Statement import: tables, the admin pages, the background booking, the sample drafts.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<StatementsDbContext, SqliteStatementsDbContext, PostgresStatementsDbContext>(context, Manifest.ModuleId);
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAuditActionLabels<StatementsAuditActionLabels>();
        services.AddScoped<StatementImporter>();
        services.AddScoped<StatementBooking>();
        services.AddSingleton<StatementBookingSignal>();
        services.AddHostedService<StatementBookingWorker>();
        services.AddRecipeStep<StatementsRecipeStep>("ReceivableStatements");
    }
}
