using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Settings;
using Pelhrimov.Core.Texts;

namespace Pelhrimov.Citizens.Services;

/// <summary>The consent text's versions and who agreed to which. The newest version is the one every citizen must have agreed to.</summary>
public sealed class ConsentTexts(CitizensDbContext db, IDomainEvents events, SiteSettingsStore settings, TimeProvider clock)
{
    public const string DefaultTitle = "Souhlas se zpracováním osobních údajů";

    /// <summary>The first version, published automatically on a site that has none yet, with the town's fields
    /// (<see cref="TownFields"/>) filled from the site settings of that moment.</summary>
    public const string DefaultText = """
        {{ official_name }}, {{ address }}, IČO {{ ico }}, jako správce zpracovává osobní údaje, které mu při vašem přihlášení předá Národní identitní autorita (Identita občana): jméno a příjmení, datum a místo narození, adresu pobytu, úroveň záruky přihlášení a pseudonym, pod kterým vás Identita občana vůči městu označuje. Pokud se registrujete e-mailem, zpracovává také vaši e-mailovou adresu.

        Údaje používáme jen k tomu, abychom vám na portálu občana ukázali, co u města máte (poplatky, platby, podání a jejich stav), abychom předvyplnili formuláře a abychom vám posílali oznámení, o která si řeknete. Údaje nepředáváme nikomu mimo úřad, pokud to nevyžaduje zákon.

        Údaje uchováváme, dokud máte účet. Účet můžete kdykoli zrušit na stránce Můj účet; osobní údaje pak smažeme. Záznamy, které musíme uchovávat podle zákona (například o podáních), ponecháme bez údajů, které by vás přímo identifikovaly.

        Máte právo na přístup k údajům, jejich opravu, výmaz, omezení zpracování a vznést námitku, a právo podat stížnost u Úřadu pro ochranu osobních údajů. Pověřence pro ochranu osobních údajů zastihnete na adrese úřadu.
        """;

    public async Task<ConsentVersion> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await db.ConsentVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return current;
        }
        var first = new ConsentVersion
        {
            Version = 1,
            Title = DefaultTitle,
            Text = TextTemplate.Render(DefaultText, TownFields.From(await settings.GetAsync<SiteSettings>(cancellationToken))),
            PublishedUtc = clock.GetUtcNow().UtcDateTime,
            PublishedBy = "system",
        };
        db.ConsentVersions.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (ConcurrentInsert.IsUniqueViolation(e))
        {
            // Another request published version 1 at the same moment: use theirs.
            db.ChangeTracker.Clear();
            return await db.ConsentVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        }
        return first;
    }

    /// <summary>The newest consent the account gave, or null.</summary>
    public Task<ConsentRecord?> LatestAsync(Guid accountId, CancellationToken cancellationToken = default) =>
        db.Consents.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderByDescending(c => c.Version).ThenByDescending(c => c.GrantedUtc).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HasCurrentAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(cancellationToken);
        return await db.Consents.AnyAsync(c => c.AccountId == accountId && c.Version == current.Version, cancellationToken);
    }

    /// <summary>Adds the record to the unit of work, and its <see cref="CitizenConsentGiven"/> event to the core context's;
    /// the caller saves both together with the account, in one transaction.</summary>
    public void Grant(Guid accountId, int version, string context)
    {
        db.Consents.Add(new ConsentRecord
        {
            AccountId = accountId,
            Version = version,
            GrantedUtc = clock.GetUtcNow().UtcDateTime,
            Context = context,
        });
        events.Publish(new CitizenConsentGiven(accountId, version, context));
    }

    /// <summary>Publishes a new version; everybody is asked to agree to it at their next sign-in.</summary>
    public async Task<ConsentVersion> PublishAsync(string title, string text, string publishedBy, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(cancellationToken);
        var next = new ConsentVersion
        {
            Version = current.Version + 1,
            Title = title.Trim(),
            Text = text.Trim(),
            PublishedUtc = clock.GetUtcNow().UtcDateTime,
            PublishedBy = publishedBy,
        };
        db.ConsentVersions.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return next;
    }

    public Task<List<ConsentVersion>> AllAsync(CancellationToken cancellationToken = default) =>
        db.ConsentVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    public Task<int> CountAsync(int version, CancellationToken cancellationToken = default) =>
        db.Consents.CountAsync(c => c.Version == version, cancellationToken);
}
