using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.BackOffice;

namespace Pelhrimov.Citizens.Services;

/// <summary>Hands the eID attributes of an account to other modules (the People module links accounts by them).</summary>
public sealed class VerifiedCitizens(CitizensDbContext db) : IVerifiedCitizens
{
    public async Task<VerifiedCitizen?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        if (account.Level is not { } level)
        {
            // Never signed in with eID: nothing about the person is verified.
            return new VerifiedCitizen(account.Id, null, null, null, null, null, account.Email, account.PhoneNumber);
        }
        var address = account.Address is { } a ? new VerifiedAddress(a.Street ?? a.Area, a.HouseNumber, a.Town, a.PostCode) : null;
        return new VerifiedCitizen(account.Id, account.GivenName, account.FamilyName, account.DateOfBirth, address, level.Code(), account.Email, account.PhoneNumber);
    }
}
