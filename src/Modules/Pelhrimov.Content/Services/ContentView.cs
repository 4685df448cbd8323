using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Services;

/// <summary>A version as the public site and the admin read it.</summary>
public sealed record ContentView(
    Guid ItemId,
    int Number,
    string Type,
    string Title,
    string Slug,
    ContentFields Fields,
    DateTime? PublishedUtc,
    DateTime CreatedUtc,
    string Author,
    string? Category,
    Guid? ParentId,
    int MenuOrder,
    DateTime? PostedFromUtc,
    DateTime? PostedToUtc)
{
    public static ContentView From(ContentVersion v) => new(
        v.ItemId, v.Number, v.Type, v.Title, v.Slug, ContentFields.FromJson(v.FieldsJson), v.PublishedUtc, v.CreatedUtc,
        v.Author, v.Category, v.ParentId, v.MenuOrder, v.PostedFromUtc, v.PostedToUtc);
}

/// <summary>One page of a list and the total count behind it.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Pelhrimov.Core.Navigation.Paging.PageCount(Total, PageSize);
}
