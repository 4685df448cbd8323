using Microsoft.AspNetCore.Identity;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Data;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>Creates staff accounts and changes their details, password, roles and lock state, recording each change in the audit log.</summary>
/// <remarks>Used by the admin screens, the first-administrator setup task and the <c>Users</c> recipe step alike.</remarks>
public sealed class StaffAccounts(UserManager<StaffUser> users, IAuditLog audit, ServerSessions<IdentityDataContext> sessions, TimeProvider clock)
{
    // Not DateTimeOffset.MaxValue: PostgreSQL would store it as 'infinity', SQLite as text; this reads back the same everywhere.
    private static readonly DateTimeOffset LockedIndefinitely = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates an account that signs in with <paramref name="email"/>; the role must already exist.</summary>
    /// <param name="password">Null creates an account without a password: it cannot sign in until an administrator sets one.</param>
    public async Task<(IdentityResult Result, StaffUser User)> CreateAsync(
        string email, string displayName, string role, string? password, CancellationToken cancellationToken = default)
    {
        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await InOrder(() => password is null ? users.CreateAsync(user) : users.CreateAsync(user, password), () => users.AddToRoleAsync(user, role));
        if (!result.Succeeded)
        {
            return (result, user);
        }
        await audit.RecordAsync(StaffAuditActions.UserCreated, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Vytvořen účet {user.Email} s rolí {StaffRoles.DisplayName(role)}.", cancellationToken: cancellationToken);
        return (result, user);
    }

    /// <summary>Renames the account and changes the e-mail it signs in with; another account's e-mail is refused.</summary>
    /// <remarks>The security stamp stays: open sessions go on and pick up the new name at their next check.</remarks>
    public async Task<IdentityResult> UpdateProfileAsync(
        StaffUser user, string displayName, string email, CancellationToken cancellationToken = default)
    {
        var (oldName, oldEmail) = (user.DisplayName, user.Email);
        displayName = displayName.Trim();
        email = email.Trim();
        if (displayName == oldName && email == oldEmail)
        {
            return IdentityResult.Success;
        }

        user.DisplayName = displayName;
        user.Email = email;
        user.UserName = email;
        // Validates (a unique e-mail and user name) before it stores anything.
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            // The page shown with the errors must describe the account as it is stored.
            (user.DisplayName, user.Email, user.UserName) = (oldName, oldEmail, oldEmail);
            return result;
        }
        await audit.RecordAsync(StaffAuditActions.UserUpdated, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Účet {oldEmail}: jméno {user.DisplayName}, e-mail {user.Email}.", cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Ends every open session of the account at once (ADR 0013): a copied cookie stops working too.</summary>
    public Task EndSessionsAsync(StaffUser user, CancellationToken cancellationToken = default) =>
        sessions.EndAllAsync(user.Id, cancellationToken);

    /// <summary>Sets a password chosen by an administrator and ends the user's open sessions.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(StaffUser user, string newPassword, CancellationToken cancellationToken = default)
    {
        // A reset token redeemed at once: Identity's one path that checks the policy, stores the hash and renews the
        // security stamp in a single update, so a refused password leaves the old one in place.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            await EndSessionsAsync(user, cancellationToken);
            await audit.RecordAsync(StaffAuditActions.PasswordReset, StaffAuditActions.EntityType, user.Id.ToString(),
                $"Administrátor nastavil nové heslo účtu {user.Email}.", cancellationToken: cancellationToken);
        }
        return result;
    }

    /// <summary>What is wrong with <paramref name="password"/> under the staff password policy; empty when nothing is.</summary>
    /// <remarks>Lets a form report a weak password together with its other errors, not only after they are fixed.</remarks>
    public async Task<IReadOnlyList<IdentityError>> CheckPasswordAsync(string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, new StaffUser(), password)).Errors);
        }
        return errors;
    }

    /// <summary>Gives the user exactly <paramref name="roles"/> and ends their open sessions, so the next sign-in carries the new roles.</summary>
    public async Task<IdentityResult> SetRolesAsync(StaffUser user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        var added = roles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return IdentityResult.Success;
        }
        var result = await InOrder(
            () => users.RemoveFromRolesAsync(user, removed),
            () => users.AddToRolesAsync(user, added));
        if (result.Succeeded)
        {
            await EndSessionsAsync(user, cancellationToken);
            var names = roles.Count == 0 ? "žádné" : string.Join(", ", roles.Select(StaffRoles.DisplayName));
            await audit.RecordAsync(StaffAuditActions.RolesChanged, StaffAuditActions.EntityType, user.Id.ToString(),
                $"Role účtu {user.Email}: {names}.", cancellationToken: cancellationToken);
        }
        return result;
    }

    /// <summary>Blocks sign-in until unlocked and ends the user's open sessions at once.</summary>
    public async Task<IdentityResult> LockAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var result = await InOrder(
            () => users.SetLockoutEnabledAsync(user, true),
            () => users.SetLockoutEndDateAsync(user, LockedIndefinitely),
            () => users.UpdateSecurityStampAsync(user));
        if (result.Succeeded)
        {
            await EndSessionsAsync(user, cancellationToken);
            await audit.RecordAsync(StaffAuditActions.UserLocked, StaffAuditActions.EntityType, user.Id.ToString(),
                $"Účet {user.Email} zablokován.", cancellationToken: cancellationToken);
        }
        return result;
    }

    /// <summary>Lifts a manual block or a lockout after failed attempts.</summary>
    public async Task<IdentityResult> UnlockAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var result = await InOrder(
            () => users.SetLockoutEndDateAsync(user, null),
            () => users.ResetAccessFailedCountAsync(user));
        if (result.Succeeded)
        {
            await audit.RecordAsync(StaffAuditActions.UserUnlocked, StaffAuditActions.EntityType, user.Id.ToString(),
                $"Účet {user.Email} odblokován.", cancellationToken: cancellationToken);
        }
        return result;
    }

    /// <summary>Whether the account is blocked right now, by an administrator or after failed attempts.</summary>
    public static bool IsLocked(StaffUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;

    /// <summary>Blocked by an administrator (not merely locked for a while after wrong passwords).</summary>
    public static bool IsBlocked(StaffUser user) => user.LockoutEnd?.Year == LockedIndefinitely.Year;

    /// <summary>Runs the steps one after another and stops at the first that fails.</summary>
    private static async Task<IdentityResult> InOrder(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }
        return IdentityResult.Success;
    }
}
