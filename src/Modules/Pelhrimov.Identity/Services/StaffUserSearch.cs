using Microsoft.EntityFrameworkCore;
using Pelhrimov.Identity.Data;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>One row of the staff list.</summary>
public sealed record StaffUserRow(
    Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLocked, bool TwoFactorEnabled, DateTime? LastSignInUtc);

/// <summary>One page of the staff list, and how many accounts match in total.</summary>
public sealed record StaffUserPage(IReadOnlyList<StaffUserRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Pages through staff accounts, optionally filtered by a part of the e-mail or name.</summary>
public sealed class StaffUserSearch(IdentityDataContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<StaffUserPage> SearchAsync(string? term, int page, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(term))
        {
            var email = term.Trim().ToUpperInvariant();
            var name = StaffUser.ToSearchText(term);
            users = users.Where(u => u.NormalizedEmail!.Contains(email) || u.SearchName.Contains(name));
        }

        var total = await users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var found = await users
            .OrderBy(u => u.NormalizedEmail)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.TwoFactorEnabled, u.LastSignInUtc })
            .ToListAsync(cancellationToken);

        var ids = found.Select(u => u.Id).ToList();
        var roles = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ids.Contains(ur.UserId)
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var rows = found.Select(u => new StaffUserRow(
                u.Id,
                u.Email ?? "",
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                u.LockoutEnd is { } end && end > now,
                u.TwoFactorEnabled,
                u.LastSignInUtc))
            .ToList();
        return new StaffUserPage(rows, page, PageSize, total);
    }
}
