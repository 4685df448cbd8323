using Lucene.Net.Documents;
using Lucene.Net.Util;
using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Search.Services;

/// <summary>The Lucene fields a <see cref="SearchDocument"/> is stored as.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Text = "text";
    public const string Url = "url";
    public const string Summary = "summary";
    public const string Category = "category";
    public const string Published = "published";
    public const string VisibleFrom = "visibleFrom";
    public const string VisibleTo = "visibleTo";

    /// <summary>Kind, title and address in one doc value, for suggestions: read without decompressing stored fields
    /// (which was most of a suggestion's cost, docs/benchmarks.md). Format: kind, title and address joined by <c>\n</c>.</summary>
    public const string Suggestion = "suggestion";

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(Key, d.Kind + ":" + d.ItemId, Field.Store.YES),
            new StringField(Kind, d.Kind, Field.Store.YES),
            new TextField(Title, d.Title, Field.Store.YES),
            new TextField(Text, d.Text, Field.Store.YES),
            // A second value of the text field: searched like the text (same terms and length as before), not stored,
            // so snippets, cut from the stored value, never repeat the title or list the tags.
            new TextField(Text, d.Keywords, Field.Store.NO),
            new StoredField(Url, d.Url),
            new StoredField(Summary, d.Summary),
            new StoredField(Category, d.Category ?? ""),
            new StoredField(Published, d.PublishedUtc?.Ticks ?? 0),
            new BinaryDocValuesField(Suggestion, new BytesRef(d.Kind + "\n" + d.Title + "\n" + d.Url)),
        };
        // Only items with a window (notice-board entries) get the window fields: searches exclude the documents whose
        // window is closed now (few), rather than require every document's window to be open (all, costly). The window is
        // checked at query time, so no job takes entries down. Documents indexed earlier carry an unlimited window.
        if (d.VisibleFromUtc is not null || d.VisibleToUtc is not null)
        {
            doc.Add(new Int64Field(VisibleFrom, d.VisibleFromUtc?.Ticks ?? long.MinValue, Field.Store.NO));
            doc.Add(new Int64Field(VisibleTo, d.VisibleToUtc?.Ticks ?? long.MaxValue, Field.Store.NO));
        }
        return doc;
    }
}
