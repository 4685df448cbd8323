using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Caching;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Filling;

/// <summary>A published form as citizens see it: its live (frozen) version, parsed.</summary>
public sealed record LiveForm(Guid FormId, string Slug, Guid VersionId, int VersionNumber, FormDefinition Definition, bool Archived);

/// <summary>
/// The published forms, read once and kept in memory until anything public changes (the public page cache's version,
/// which publishing or archiving a form bumps) or a minute passes (another node's change). Frozen versions are parsed
/// once per version id and kept: a draft or submission of an older version renders with the definition it was filled under.
/// </summary>
public sealed class LiveForms(IServiceScopeFactory scopes, PublicPageCacheInvalidator invalidator, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, FormDefinition> _versions = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<LiveForm?> FindAsync(string slug, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).BySlug.GetValueOrDefault(slug);

    /// <summary>The live (not archived) forms for the catalogue, by title.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> CatalogueAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).Catalogue;

    /// <summary>The live forms linked to a life situation ("Vyřídit online").</summary>
    public async Task<IReadOnlyList<LiveForm>> ForLifeSituationAsync(string slug, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).BySituation.GetValueOrDefault(slug) ?? [];

    /// <summary>
    /// Whether a form (live or archived) has this slug, for links in rich text (<see cref="FormLinks"/>): the catalogue
    /// in memory, read again synchronously only when it is out of date (once after a publication).
    /// </summary>
    public bool HasSlug(string slug)
    {
        var snapshot = _snapshot;
        if (snapshot is null || snapshot.Version != invalidator.Version || clock.GetUtcNow() - snapshot.LoadedAt >= MaxAge)
        {
            snapshot = SnapshotAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return snapshot.BySlug.ContainsKey(slug);
    }

    /// <summary>A frozen version's definition (a draft's or a submission's), parsed once.</summary>
    public async Task<FormDefinition?> VersionAsync(FormsDbContext db, Guid versionId, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue(versionId, out var known))
        {
            return known;
        }
        var json = await db.Versions.AsNoTracking().Where(v => v.Id == versionId && v.PublishedUtc != null)
            .Select(v => v.DefinitionJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : Parse(versionId, json);
    }

    private FormDefinition? Parse(Guid versionId, string json)
    {
        if (_versions.TryGetValue(versionId, out var known))
        {
            return known;
        }
        var read = FormDefinitionReader.Read(json);
        return read.IsValid ? _versions.GetOrAdd(versionId, read.Form!) : null;
    }

    private async ValueTask<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        var now = clock.GetUtcNow();
        if (current is not null && current.Version == invalidator.Version && now - current.LoadedAt < MaxAge)
        {
            return current;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            current = _snapshot;
            if (current is not null && current.Version == invalidator.Version && now - current.LoadedAt < MaxAge)
            {
                return current;
            }
            var version = invalidator.Version;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            var rows = await db.Forms.AsNoTracking()
                .Where(f => f.State != FormState.Draft && f.LiveVersionId != null)
                .Join(db.Versions.AsNoTracking(), f => f.LiveVersionId, v => v.Id, (f, v) => new { f.Id, f.Slug, f.State, VersionId = v.Id, v.Number, v.DefinitionJson })
                .ToListAsync(cancellationToken);
            var forms = rows
                .Select(r => Parse(r.VersionId, r.DefinitionJson) is { } definition
                    ? new LiveForm(r.Id, r.Slug, r.VersionId, r.Number, definition, r.State == FormState.Archived)
                    : null)
                .OfType<LiveForm>()
                .ToList();
            _snapshot = current = new Snapshot(version, now, forms);
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private sealed class Snapshot
    {
        public Snapshot(long version, DateTimeOffset loadedAt, IReadOnlyList<LiveForm> forms)
        {
            Version = version;
            LoadedAt = loadedAt;
            BySlug = forms.ToDictionary(f => f.Slug, StringComparer.Ordinal);
            var live = forms.Where(f => !f.Archived).ToList();
            var titles = StringComparer.Create(Core.Formatting.CzechFormat.Culture, false);
            Catalogue = [.. live
                .Select(f => new CatalogueEntry(f.Slug, f.Definition.Title, f.Definition.Summary, f.Definition.Access.Kind, f.Definition.Department, f.Definition.Keywords))
                .OrderBy(e => e.Title, titles)];
            BySituation = live
                .SelectMany(f => f.Definition.LifeSituations.Select(s => (Situation: s, Form: f)))
                .GroupBy(x => x.Situation, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<LiveForm>)[.. g.Select(x => x.Form).OrderBy(f => f.Definition.Title, titles)], StringComparer.Ordinal);
        }

        public long Version { get; }

        public DateTimeOffset LoadedAt { get; }

        public IReadOnlyDictionary<string, LiveForm> BySlug { get; }

        public IReadOnlyList<CatalogueEntry> Catalogue { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<LiveForm>> BySituation { get; }
    }
}
