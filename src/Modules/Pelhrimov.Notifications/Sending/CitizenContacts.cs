using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;

namespace Pelhrimov.Notifications.Sending;

/// <summary>How a citizen account can be reached.</summary>
public sealed record CitizenContact(string? Email, string? Phone, string? Name);

/// <summary>Reads a citizen account's e-mail address (when confirmed), phone number and name.</summary>
public sealed class CitizenContacts(CitizensDbContext citizens)
{
    public async Task<CitizenContact?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await citizens.Users.AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => new { u.Email, u.EmailConfirmed, u.PhoneNumber, u.GivenName, u.FamilyName })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }
        var name = $"{account.GivenName} {account.FamilyName}".Trim();
        return new CitizenContact(account.EmailConfirmed ? account.Email : null, account.PhoneNumber, name.Length == 0 ? null : name);
    }
}
