using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Content.Services;

/// <summary>Every change to content: save a version, publish, unpublish, schedule, archive, restore.</summary>
/// <remarks>Each command stores the content change, its audit entry, its indexing-log entry and its domain event
/// (<see cref="ContentPublished"/>, <see cref="ContentUnpublished"/>) in one transaction, then evicts cached public pages
/// if anything public changed (docs/adr/0020-domain-events.md).</remarks>
public sealed class ContentService(
    ContentDbContext db,
    CoreDbContext core,
    ContentValidator validator,
    IAuditLog audit,
    IndexingLog indexing,
    IDomainEvents events,
    PublicPageCacheInvalidator cache,
    TimeProvider clock)
{
    /// <summary>Stores a new version of an item (a new item when <paramref name="itemId"/> is null), optionally publishing it.</summary>
    /// <param name="mayPublish">Whether the actor holds the publish permission. Scheduling is publishing done later by the
    /// site itself, so without it a posted schedule is refused rather than quietly kept or dropped.</param>
    public async Task<ContentCommandResult> SaveAsync(
        ContentTypeDefinition type, Guid? itemId, ContentInput input, string actor, bool publish, bool mayPublish,
        SaveOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (publish && !mayPublish)
        {
            return ContentCommandResult.Failed(new ContentError("", NotAllowedToPublish));
        }
        var (content, errors) = await validator.ValidateAsync(type, itemId, input, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (publishAt, unpublishAt) = (ToUtc(input.PublishAt), ToUtc(input.UnpublishAt));
        if (!mayPublish && publishAt is not null)
        {
            errors.Add(new("Input.PublishAt", NotAllowedToSchedule));
        }
        if (!mayPublish && unpublishAt is not null)
        {
            errors.Add(new("Input.UnpublishAt", NotAllowedToSchedule));
        }
        if (publishAt is not null && publishAt <= now && !publish)
        {
            errors.Add(new("Input.PublishAt", "Čas zveřejnění musí být v budoucnosti."));
        }
        if (unpublishAt is not null && unpublishAt <= (publishAt ?? now))
        {
            errors.Add(new("Input.UnpublishAt", "Čas ukončení zveřejnění musí být pozdější než čas zveřejnění."));
        }
        if (content is null || errors.Count > 0)
        {
            return new ContentCommandResult(null, errors);
        }

        ContentItem? item = null;
        if (itemId is { } existingId)
        {
            item = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == existingId && i.Type == type.Name, cancellationToken);
            if (item is null)
            {
                return ContentCommandResult.Failed(new ContentError("", "Položka neexistuje nebo byla smazána."));
            }
        }

        var result = await SharedTransaction.RunAsync(db, [core], async () =>
        {
            if (item is null)
            {
                item = new ContentItem { Id = Guid.NewGuid(), Type = type.Name, Key = options?.Key, CreatedUtc = now, CreatedBy = actor };
                db.Items.Add(item);
            }
            var placeBefore = PublicPlace(item);
            var previous = item.Versions.FirstOrDefault(v => v.IsLatest);
            var published = item.Versions.FirstOrDefault(v => v.IsPublished);
            foreach (var v in item.Versions)
            {
                v.IsLatest = false;
            }
            var version = new ContentVersion
            {
                ItemId = item.Id,
                Number = item.Versions.Count == 0 ? 1 : item.Versions.Max(v => v.Number) + 1,
                Type = type.Name,
                Title = content.Title,
                Slug = content.Slug,
                IsLatest = true,
                CreatedUtc = now,
                Author = actor,
                PublishedUtc = options?.PublishedUtc ?? published?.PublishedUtc ?? previous?.PublishedUtc,
                ScheduledPublishUtc = publish ? null : publishAt,
                ScheduledUnpublishUtc = unpublishAt,
            };
            ApplyFields(version, content.Fields);
            item.Versions.Add(version);
            db.Versions.Add(version);
            audit.Add(ContentAuditActions.Saved, type.Name, item.Id.ToString(), $"Uložena verze {version.Number} položky „{version.Title}“.", actor);
            if (publish)
            {
                Publish(item, version, actor, now);
            }
            await LogDescendantsIfMovedAsync(item, placeBefore, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return ContentCommandResult.Ok(item.Id);
        }, cancellationToken);
        if (publish)
        {
            await cache.InvalidateAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>The answer to a staff member without the publish permission who asks for a schedule.</summary>
    public const string NotAllowedToSchedule =
        "Plánovat zveřejnění nebo stažení z webu smí jen ten, kdo má oprávnění zveřejňovat. Pole nechte prázdné a koncept uložte.";

    private const string NotAllowedToPublish = "Zveřejňovat smí jen ten, kdo má oprávnění zveřejňovat.";

    public Task<bool> PublishAsync(Guid itemId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, actor, (item, now) =>
        {
            var latest = item.Versions.Single(v => v.IsLatest);
            Publish(item, latest, actor, now);
        }, cancellationToken);

    public Task<bool> UnpublishAsync(Guid itemId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, actor, (item, _) => Unpublish(item, actor, ContentAuditActions.Unpublished, "Zrušeno zveřejnění"), cancellationToken);

    public Task<bool> ArchiveAsync(Guid itemId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, actor, (item, _) =>
        {
            Unpublish(item, actor, ContentAuditActions.Archived, "Archivována položka");
            item.IsArchived = true;
        }, cancellationToken);

    /// <summary>Makes an older version the latest draft again (as a new version, so history only grows).</summary>
    public async Task<ContentCommandResult> RestoreAsync(ContentTypeDefinition type, Guid itemId, int number, string actor, CancellationToken cancellationToken = default)
    {
        var old = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == itemId && v.Number == number, cancellationToken);
        if (old is null)
        {
            return ContentCommandResult.Failed(new ContentError("", "Tato verze neexistuje."));
        }
        var result = await SaveAsync(type, itemId, ContentInput.From(old), actor, publish: false, mayPublish: false, cancellationToken: cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(ContentAuditActions.Restored, type.Name, itemId.ToString(), $"Obnovena verze {number} položky „{old.Title}“ jako nový koncept.", actor, cancellationToken);
        }
        return result;
    }

    /// <summary>Publishes and unpublishes what editors scheduled; returns how many items changed.</summary>
    public async Task<int> RunSchedulesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Versions.AsNoTracking()
            .Where(v => (v.IsLatest && !v.IsPublished && v.ScheduledPublishUtc != null && v.ScheduledPublishUtc <= now)
                        || (v.IsPublished && v.ScheduledUnpublishUtc != null && v.ScheduledUnpublishUtc <= now))
            .Select(v => new { v.ItemId, Publish = !v.IsPublished })
            .ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            if (entry.Publish)
            {
                await PublishAsync(entry.ItemId, "plánovač", cancellationToken);
            }
            else
            {
                await ChangeAsync(entry.ItemId, "plánovač", (item, _) =>
                {
                    Unpublish(item, "plánovač", ContentAuditActions.Unpublished, "Podle plánu ukončeno zveřejnění");
                    foreach (var v in item.Versions)
                    {
                        v.ScheduledUnpublishUtc = null;
                    }
                }, cancellationToken);
            }
        }
        return due.Count;
    }

    private async Task<bool> ChangeAsync(Guid itemId, string actor, Action<ContentItem, DateTime> change, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return false;
        }
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            var placeBefore = PublicPlace(item);
            change(item, clock.GetUtcNow().UtcDateTime);
            await LogDescendantsIfMovedAsync(item, placeBefore, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        return true;
    }

    private void Publish(ContentItem item, ContentVersion version, string actor, DateTime now)
    {
        foreach (var v in item.Versions)
        {
            v.IsPublished = false;
        }
        version.IsPublished = true;
        version.PublishedUtc ??= now;
        version.ScheduledPublishUtc = null;
        item.IsArchived = false;
        indexing.Append(item.Type, item.Id.ToString(), IndexingTaskKind.Update);
        audit.Add(ContentAuditActions.Published, item.Type, item.Id.ToString(), $"Zveřejněna verze {version.Number} položky „{version.Title}“.", actor);
        events.Publish(new ContentPublished(item.Id, item.Type, version.Number, version.Title, version.Slug, actor));
    }

    private void Unpublish(ContentItem item, string actor, string action, string summary)
    {
        var title = item.Versions.FirstOrDefault(v => v.IsLatest)?.Title;
        var wasPublic = item.Versions.Any(v => v.IsPublished);
        foreach (var v in item.Versions)
        {
            v.IsPublished = false;
            v.ScheduledPublishUtc = null;
        }
        indexing.Append(item.Type, item.Id.ToString(), IndexingTaskKind.Delete);
        audit.Add(action, item.Type, item.Id.ToString(), $"{summary}: „{title}“.", actor);
        if (wasPublic)
        {
            events.Publish(new ContentUnpublished(item.Id, item.Type, actor, Archived: action == ContentAuditActions.Archived));
        }
    }

    /// <summary>Where a page sits publicly: the slug and parent of its published version, or null when it is not public.</summary>
    private static (string Slug, Guid? ParentId)? PublicPlace(ContentItem item) =>
        item.Type == ContentTypes.Page && item.Versions.FirstOrDefault(v => v.IsPublished) is { } published
            ? (published.Slug, published.ParentId)
            : null;

    /// <summary>A page's URL is the path of its ancestors: when a page is renamed, moved, unpublished or published again,
    /// every published page below it changes URL (or loses or regains it), so each is logged for re-indexing too.</summary>
    private async Task LogDescendantsIfMovedAsync(ContentItem item, (string Slug, Guid? ParentId)? placeBefore, CancellationToken cancellationToken)
    {
        if (item.Type != ContentTypes.Page || PublicPlace(item) == placeBefore)
        {
            return;
        }
        var seen = new HashSet<Guid> { item.Id };
        var parents = new List<Guid> { item.Id };
        while (parents.Count > 0)
        {
            var children = await db.Versions.AsNoTracking()
                .Where(v => v.Type == ContentTypes.Page && v.IsPublished && v.ParentId != null && parents.Contains(v.ParentId.Value))
                .Select(v => v.ItemId)
                .Distinct()
                .ToListAsync(cancellationToken);
            parents = children.Where(seen.Add).ToList();
            foreach (var child in parents)
            {
                indexing.Append(ContentTypes.Page, child.ToString(), IndexingTaskKind.Update);
            }
        }
    }

    private static void ApplyFields(ContentVersion version, ContentFields fields)
    {
        version.FieldsJson = fields.ToJson();
        version.Category = fields["category"] is { Length: > 0 } category ? category : null;
        version.ParentId = fields.Guid("parent");
        version.MenuOrder = fields.Int("menuOrder");
        // The board shows an entry from the start of its first day to the end of its last day, Prague time.
        version.PostedFromUtc = fields.Date("postedFrom") is { } from ? CzechFormat.ToUtc(from.ToDateTime(TimeOnly.MinValue)) : null;
        version.PostedToUtc = fields.Date("postedTo") is { } to ? CzechFormat.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
    }

    private static DateTime? ToUtc(DateTime? local) => local is { } value ? CzechFormat.ToUtc(value) : null;
}

/// <summary>Options used when content is imported rather than edited (recipes).</summary>
public sealed record SaveOptions(string? Key = null, DateTime? PublishedUtc = null);
