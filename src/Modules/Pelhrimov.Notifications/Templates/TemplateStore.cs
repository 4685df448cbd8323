using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;

namespace Pelhrimov.Notifications.Templates;

/// <summary>What saving a template came to: the new version, or the Czech errors per form field (nothing saved).</summary>
public sealed record TemplateSaveResult(NotificationTemplateVersion? Saved, IReadOnlyList<(string Field, string Message)> Errors);

/// <summary>
/// The versions of the notification templates. Saving appends the next version and never changes a stored one; the
/// current wording of a kind is its highest version. A kind without any version gets its default as version 1 the first
/// time anyone asks (two nodes racing for it both end up reading the same row: the key and version are unique).
/// </summary>
public sealed class TemplateStore(NotificationsDbContext db, NotificationKinds kinds, TimeProvider clock)
{
    public const string SystemAuthor = "system";

    public async Task<NotificationTemplateVersion> CurrentAsync(NotificationKind kind, CancellationToken cancellationToken)
    {
        if (await LatestAsync(kind.Key, cancellationToken) is { } latest)
        {
            return latest;
        }
        var seeded = NewVersion(kind.Key, 1, kind.Default, SystemAuthor);
        db.TemplateVersions.Add(seeded);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return seeded;
        }
        catch (DbUpdateException)
        {
            db.Entry(seeded).State = EntityState.Detached;   // another request seeded it first
            return await LatestAsync(kind.Key, cancellationToken) ?? throw new InvalidOperationException($"No template for {kind.Key}.");
        }
    }

    /// <summary>The current version of every kind, seeding defaults where none exists yet.</summary>
    public async Task<IReadOnlyList<(NotificationKind Kind, NotificationTemplateVersion Current)>> AllCurrentAsync(CancellationToken cancellationToken)
    {
        var list = new List<(NotificationKind, NotificationTemplateVersion)>();
        foreach (var kind in kinds.All)
        {
            list.Add((kind, await CurrentAsync(kind, cancellationToken)));
        }
        return list;
    }

    public Task<NotificationTemplateVersion?> VersionAsync(string key, int version, CancellationToken cancellationToken) =>
        db.TemplateVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Key == key && v.Version == version, cancellationToken);

    /// <summary>Every version of a kind, newest first.</summary>
    public async Task<IReadOnlyList<NotificationTemplateVersion>> HistoryAsync(string key, CancellationToken cancellationToken) =>
        await db.TemplateVersions.AsNoTracking().Where(v => v.Key == key).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>Checks the three parts and, when all parse, stores them as the kind's next version.</summary>
    public async Task<TemplateSaveResult> SaveAsync(NotificationKind kind, TemplateParts parts, string author, CancellationToken cancellationToken)
    {
        var errors = Validate(parts);
        if (errors.Count > 0)
        {
            return new TemplateSaveResult(null, errors);
        }
        var current = await CurrentAsync(kind, cancellationToken);
        var saved = NewVersion(kind.Key, current.Version + 1, Normalized(parts), author);
        db.TemplateVersions.Add(saved);
        await db.SaveChangesAsync(cancellationToken);   // a concurrent save of the same version fails on the unique index
        return new TemplateSaveResult(saved, []);
    }

    /// <summary>The Czech errors of the three parts: an empty part, or Liquid that does not parse (naming the line).</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(TemplateParts parts)
    {
        var errors = new List<(string, string)>();
        Check(errors, nameof(TemplateParts.Subject), "Předmět", parts.Subject, NotificationTemplateVersion.SubjectMaxLength);
        Check(errors, nameof(TemplateParts.HtmlBody), "Text ve formátu HTML", parts.HtmlBody, null);
        Check(errors, nameof(TemplateParts.TextBody), "Prostý text", parts.TextBody, null);
        return errors;
    }

    private static void Check(List<(string, string)> errors, string field, string label, string? value, int? maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((field, $"{label}: vyplňte text šablony."));
        }
        else if (maxLength is { } max && value.Length > max)
        {
            errors.Add((field, $"{label}: nejvýše {max} znaků."));
        }
        else if (LiquidTemplates.Check(value, label) is { } error)
        {
            errors.Add((field, error));
        }
    }

    private static TemplateParts Normalized(TemplateParts parts) =>
        new(parts.Subject.Trim(), parts.HtmlBody.Trim().ReplaceLineEndings("\n"), parts.TextBody.Trim().ReplaceLineEndings("\n"));

    private NotificationTemplateVersion NewVersion(string key, int version, TemplateParts parts, string author) => new()
    {
        Key = key,
        Version = version,
        Subject = parts.Subject,
        HtmlBody = parts.HtmlBody,
        TextBody = parts.TextBody,
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
        CreatedBy = author,
    };

    private Task<NotificationTemplateVersion?> LatestAsync(string key, CancellationToken cancellationToken) =>
        Latest.For(db)(db, key, cancellationToken);

    // Every notification renders the current version (ADR 0061).
    private static readonly CompiledQuery<Func<NotificationsDbContext, string, CancellationToken, Task<NotificationTemplateVersion?>>> Latest = new(() =>
        EF.CompileAsyncQuery((NotificationsDbContext db, string key, CancellationToken _) =>
            db.TemplateVersions.AsNoTracking().Where(v => v.Key == key).OrderByDescending(v => v.Version).FirstOrDefault()));
}
