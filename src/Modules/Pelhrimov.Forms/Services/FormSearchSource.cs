using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Services;

/// <summary>
/// Live forms as search documents (kind <see cref="Kind"/>), found by their title, summary, keywords, steps and the
/// questions they ask; drafts and archived forms are not found. <see cref="FormCatalog"/> logs every change of a form's
/// public state to the indexing log.
/// </summary>
public sealed class FormSearchSource(FormsDbContext db, LiveForms liveForms) : ISearchDocumentSource
{
    public const string Kind = "Form";

    public static readonly SearchKind SearchKind = new(Kind, "Formuláře", "formulare", "Formulář", Order: 25);

    public IReadOnlyCollection<string> ItemTypes { get; } = [Kind];

    public async Task<SearchDocument?> LoadAsync(string itemType, string itemId, CancellationToken cancellationToken = default)
    {
        if (itemType != Kind || !Guid.TryParse(itemId, out var id))
        {
            return null;
        }
        var row = await Live(db.Forms.Where(f => f.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : await ToDocumentAsync(row, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Read to the end first: a version not parsed yet is read on the same connection, and PostgreSQL runs one
        // command at a time on a connection ("A command is already in progress" while the rows were still streaming).
        var rows = await Live(db.Forms.OrderBy(f => f.Id)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (await ToDocumentAsync(row, cancellationToken) is { } document)
            {
                yield return document;
            }
        }
    }

    private IQueryable<LiveRow> Live(IQueryable<Form> forms) =>
        forms.AsNoTracking()
            .Where(f => f.State == FormState.Live && f.LiveVersionId != null)
            .Join(db.Versions.AsNoTracking(), f => f.LiveVersionId, v => v.Id, (f, v) => new LiveRow(f.Id, f.Slug, v.Id, v.PublishedUtc));

    // Frozen versions are parsed once per app and shared with the citizen pages (LiveForms).
    private async Task<SearchDocument?> ToDocumentAsync(LiveRow row, CancellationToken cancellationToken)
    {
        if (await liveForms.VersionAsync(db, row.VersionId, cancellationToken) is not { } form)
        {
            return null;
        }
        var text = new StringBuilder(form.Summary);
        foreach (var step in form.Steps)
        {
            text.Append('\n').Append(step.Title);
            Append(text, step.Intro);
            foreach (var section in step.Sections)
            {
                Append(text, section.Title);
                foreach (var field in section.Fields)
                {
                    Append(text, field.Label);
                }
            }
        }
        return new SearchDocument
        {
            Kind = Kind,
            ItemId = row.Id.ToString(),
            Title = form.Title,
            Url = "/formulare/" + row.Slug,
            Text = text.ToString(),
            Keywords = string.Join('\n', [form.Title, .. form.Keywords]),
            Summary = form.Summary ?? "",
            Category = form.Department,
            PublishedUtc = row.PublishedUtc,
        };
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            text.Append('\n').Append(part);
        }
    }

    private sealed record LiveRow(Guid Id, string Slug, Guid VersionId, DateTime? PublishedUtc);
}
