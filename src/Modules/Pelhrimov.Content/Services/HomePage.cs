using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Content.Services;

/// <summary>What the home page shows: the latest news, what is on the notice board, life situations by area.</summary>
public static class HomePage
{
    public static async Task<HomeModel> LoadHomePageAsync(this ContentQueries queries, CancellationToken cancellationToken = default)
    {
        var articles = await queries.ListArticlesAsync(null, 1, 3, cancellationToken);
        var notices = await queries.ListNoticeBoardAsync(false, null, 1, 5, cancellationToken);
        var situations = await queries.ListLifeSituationsAsync(cancellationToken);
        var categories = ContentTypes.LifeSituationCategories
            .Select(c => (c, situations.Count(s => s.Category == c)))
            .Where(x => x.Item2 > 0).ToList();
        return new HomeModel(await queries.WithMediaAsync(articles.Items, cancellationToken), notices.Items, categories);
    }
}

/// <summary>
/// Runs the home page's queries while the site starts, so that the first visitor, who most often opens the home page,
/// does not wait for EF Core to compile them.
/// </summary>
internal sealed class HomePageWarmUp : IWarmUp
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ContentQueries>().LoadHomePageAsync(cancellationToken);
}
