using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Recipes;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Content;

/// <summary>Registers content storage, publishing, media, menus and their recipe steps. Routes are on the controllers.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(context, Manifest.ModuleId);
        services.Configure<MediaOptions>(context.Configuration.GetSection("Media"));
        services.AddScoped<ContentValidator>();
        services.AddScoped<ContentService>();
        services.AddScoped<ContentQueries>();
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<PublishedPageConstraint>(PublishedPageConstraint.Name));
        services.AddSingleton<IWarmUp, HomePageWarmUp>();
        services.AddScoped<ContentAdminQueries>();
        services.AddScoped<MediaLibrary>();
        services.AddSingleton<ImageVariants>();
        services.AddScoped<MenuEditor>();
        services.AddScoped<ISiteMenuSource, MenuSource>();
        services.AddScoped<ISearchDocumentSource, ContentSearchSource>();
        foreach (var kind in ContentSearchSource.Kinds)
        {
            services.AddSearchKind(kind);
        }
        services.AddScheduledJob<PublishDueContentJob>(PublishDueContentJob.Name, "Zveřejnění a stažení naplánovaného obsahu", PublishDueContentJob.Schedule);

        services.AddRecipeStep<MediaRecipeStep>("Media");
        services.AddRecipeStep<ContentRecipeStep>("Content");
        services.AddRecipeStep<MenusRecipeStep>("Menus");

        services.AddPermissions<Permissions>();
        services.AddAuditActionLabels<ContentAuditActions>();
        services.AddAdminMenu<AdminMenu>();
        Pelhrimov.Core.Workflows.WorkflowRegistration.AddWorkflowEvent<Pelhrimov.Core.Events.Contracts.ContentPublished, ContentPublishedForWorkflows>(services);
    }
}
