using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Forms.Builder;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Recipes;
using Pelhrimov.Forms.Services;
using Pelhrimov.Forms.Statistics;

namespace Pelhrimov.Forms;

/// <summary>Smart forms: definitions and their versions, the admin, filling at <c>/formulare</c>, submissions.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<FormsDbContext, SqliteFormsDbContext, PostgresFormsDbContext>(context, Manifest.ModuleId);
        services.AddScoped<FormCatalog>();
        services.AddScoped<FormSubmissionsQueries>();
        services.AddScoped<BuilderPageLoader>();
        services.AddSingleton<BuilderPreviews>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        Pelhrimov.Core.Workflows.WorkflowRegistration.AddWorkflowEvent<Pelhrimov.Core.Events.Contracts.FormSubmitted, FormSubmittedForWorkflows>(services);
        services.AddAdminDashboard<AdminDashboard>();
        services.AddAuditActionLabels<FormAuditActionLabels>();
        services.AddRecipeStep<FormsRecipeStep>("Forms");
        services.AddScoped<ISearchDocumentSource, FormSearchSource>();
        services.AddSearchKind(FormSearchSource.SearchKind);
    }
}
