using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;

namespace Pelhrimov.Content.Models;

/// <summary>An item with the media its page shows (image, attachments).</summary>
public sealed record ContentPage(ContentView Content, IReadOnlyDictionary<Guid, MediaFile> Media)
{
    public MediaFile? MediaFor(string field) =>
        Content.Fields.Guid(field) is { } id ? Media.GetValueOrDefault(id) : null;

    public IReadOnlyList<MediaFile> MediaListFor(string field) =>
        Content.Fields.Guids(field).Select(id => Media.GetValueOrDefault(id)).OfType<MediaFile>().ToList();
}

public sealed record HomeModel(
    IReadOnlyList<ContentPage> Articles,
    IReadOnlyList<ContentView> Notices,
    IReadOnlyList<(string Category, int Count)> LifeSituationCategories);

public sealed record ArticleListModel(Paged<ContentPage> Articles, string? Category, IReadOnlyList<string> Categories);

public sealed record LifeSituationListModel(IReadOnlyList<(string Category, IReadOnlyList<ContentView> Items)> Groups);

public sealed record NoticeBoardModel(Paged<ContentView> Entries, bool Archive, string? Department, IReadOnlyList<string> Departments);

public sealed record PageModel(ContentPage Page, IReadOnlyList<PageNode> Children);
