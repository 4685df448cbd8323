using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Citizens.Services;

/// <summary>
/// Replaces Identity's user validator for citizens: an eID-only account has no e-mail, so an e-mail is checked (form,
/// uniqueness among citizens) only when there is one. Staff accounts keep the framework's validator.
/// </summary>
public sealed class CitizenAccountValidator(CitizensDbContext db) : IUserValidator<CitizenAccount>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<CitizenAccount> manager, CitizenAccount user)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return IdentityResult.Success;
        }
        if (!MailAddress.TryCreate(user.Email, out var parsed) || parsed.Address != user.Email)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidEmail", Description = "Zadejte platnou e-mailovou adresu, například jana.novakova@example.cz." });
        }
        var normalized = manager.NormalizeEmail(user.Email);
        var taken = await db.Users.AnyAsync(a => a.NormalizedEmail == normalized && a.Id != user.Id);
        return taken
            ? IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail", Description = "Účet s touto e-mailovou adresou už existuje." })
            : IdentityResult.Success;
    }
}
