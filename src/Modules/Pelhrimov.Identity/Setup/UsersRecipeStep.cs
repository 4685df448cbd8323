using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Setup;

/// <summary>Recipe step <c>Users</c>: staff accounts of the sample site, each with one role and no password.</summary>
/// <remarks>
/// <c>{ "name": "Users", "users": [ { "email": "…", "displayName": "…", "role": "Editor" } ] }</c>.
/// Without a password nobody can sign in as them; the people get in after an administrator sets a password.
/// Accounts that already exist are left alone.
/// </remarks>
public sealed class UsersRecipeStep(
    DefaultRoles defaultRoles,
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    ILogger<UsersRecipeStep> logger) : IRecipeStepHandler
{
    /// <summary>Compiles the step's Identity queries (a role by name, a user by e-mail) while the content steps run.</summary>
    public async Task PrepareAsync(JsonElement step, CancellationToken cancellationToken)
    {
        await roles.FindByNameAsync(StaffRoles.Administrator);
        await users.FindByEmailAsync("recipe-preparation@invalid");
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        // The recipe runs before the setup tasks, so the roles may not exist yet.
        await defaultRoles.EnsureRolesAsync();
        if (!step.TryGetProperty("users", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("Recipe step Users needs a \"users\" array.");
        }

        foreach (var entry in list.EnumerateArray())
        {
            var email = Text(entry, "email") ?? throw new InvalidOperationException("Recipe step Users: every user needs an \"email\".");
            var displayName = Text(entry, "displayName") ?? email;
            var role = Text(entry, "role") ?? StaffRoles.Editor;
            if (await roles.FindByNameAsync(role) is null)
            {
                throw new InvalidOperationException($"Recipe step Users: user {email} has role '{role}', which does not exist.");
            }
            if (await users.FindByEmailAsync(email) is not null)
            {
                logger.LogInformation("Recipe step Users: {Email} already exists, skipped", email);
                continue;
            }
            var (result, _) = await accounts.CreateAsync(email, displayName, role, password: null, cancellationToken);
            result.ThrowIfFailed($"Recipe step Users: creating {email}");
            logger.LogInformation("Recipe step Users: created {Email} with role {Role}", email, role);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;
}
