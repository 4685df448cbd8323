using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Notifications.Sending;

/// <summary>How a citizen account can be reached.</summary>
public sealed record CitizenContact(string? Email, string? Phone, string? Name);

/// <summary>Reads a citizen account's e-mail address (when confirmed), phone number and name.</summary>
public sealed class CitizenContacts(CitizensDbContext citizens)
{
    // Every notification to a citizen asks it (ADR 0061).
    private static readonly CompiledQuery<Func<CitizensDbContext, Guid, CancellationToken, Task<Account?>>> AccountById = new(() =>
        EF.CompileAsyncQuery((CitizensDbContext db, Guid id, CancellationToken _) =>
            db.Users.Where(u => u.Id == id).Select(u => new Account(u.Email, u.EmailConfirmed, u.PhoneNumber, u.GivenName, u.FamilyName)).FirstOrDefault()));

    private sealed record Account(string? Email, bool EmailConfirmed, string? PhoneNumber, string? GivenName, string? FamilyName);

    public async Task<CitizenContact?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await AccountById.For(citizens)(citizens, accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var name = $"{account.GivenName} {account.FamilyName}".Trim();
        return new CitizenContact(account.EmailConfirmed ? account.Email : null, account.PhoneNumber, name.Length == 0 ? null : name);
    }
}
