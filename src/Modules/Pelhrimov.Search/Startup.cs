using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Search.Components;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search;

/// <summary>Registers the node's index, the indexer that follows the indexing log, the search page and the suggestion API.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<SearchDbContext, SqliteSearchDbContext, PostgresSearchDbContext>(context, Manifest.ModuleId);
        services.AddScoped<UnansweredSearches>();
        services.Configure<UnansweredSearchOptions>(context.Configuration.GetSection("Search:Unanswered"));
        services.Configure<SearchQueryLogOptions>(context.Configuration.GetSection("Search:Queries"));
        services.AddSingleton<SearchQueryLog>();
        services.AddHostedService<SearchQueryLogWriter>();
        services.AddScoped<ThesaurusImpact>();
        services.AddScheduledJob<PruneUnansweredSearchesJob>(PruneUnansweredSearchesJob.Name, "Mazání starých záznamů hledání (bez výsledků a všech hledaných výrazů)", PruneUnansweredSearchesJob.Schedule);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexStatus>();
        services.AddSingleton<SearchIndexSignal>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<DidYouMean>();
        services.AddSingleton<SearchKinds>();
        services.AddSingleton<ThesaurusCache>();
        services.AddHostedService<ThesaurusRefresher>();
        services.AddScoped<ThesaurusEntries>();
        services.AddRecipeStep<ThesaurusRecipeStep>(ThesaurusRecipeStep.Name);
        services.AddHostedService<SearchIndexer>();
        services.AddReadinessCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name);
        services.AddOutputCache(SearchResultsCache.AddPolicy);

        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminDashboard>();
        services.AddPageSlot(PageSlots.HeadAssets, SearchAssetsViewComponent.Name);
        services.AddPageSlot(PageSlots.HeaderTools, SearchBoxViewComponent.Name, order: 10);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/search", (string? q, SearchService search, SearchKinds kinds) =>
            TypedResults.Ok(search.Suggest(q, 8).Select(h => new SearchSuggestion(h.Title, h.Url, h.Kind, kinds.NameOf(h.Kind)))))
            .WithTags("Vyhledávání").WithSummary("Nejvýše 8 návrhů stránek pro text q, jak je ukazuje vyhledávací pole webu; veřejné, bez tokenu");
}

/// <summary>One suggestion of <c>GET /api/v1/search?q=</c>.</summary>
public sealed record SearchSuggestion(string Title, string Url, string Kind, string KindName);
