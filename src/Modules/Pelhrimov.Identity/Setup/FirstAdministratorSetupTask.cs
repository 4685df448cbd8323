using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Setup;

/// <summary>At site setup: creates the first administrator from <c>Admin:Email</c> and <c>Admin:Password</c>.</summary>
/// <remarks>
/// Without a configured password a random one is generated and written once to the log at Warning level; it is stored
/// nowhere else, so whoever sets the site up must read it from the first start's log.
/// </remarks>
public sealed class FirstAdministratorSetupTask(
    IConfiguration configuration,
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    ILogger<FirstAdministratorSetupTask> logger) : ISetupTask
{
    public const string DefaultEmail = "admin@pelhrimov.example";

    public int Order => 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Admin:Email"] is { Length: > 0 } configured ? configured.Trim() : DefaultEmail;
        if (await users.FindByEmailAsync(email) is not null)
        {
            logger.LogInformation("The first administrator {Email} already exists", email);
            return;
        }

        var password = configuration["Admin:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RandomPassword.Generate();
        }

        var (result, _) = await accounts.CreateAsync(email, "Správce webu", StaffRoles.Administrator, password!, cancellationToken);
        result.ThrowIfFailed($"Creating the first administrator {email} (check Admin:Email and Admin:Password)");
        if (generated)
        {
            logger.LogWarning("Heslo prvního administrátora ({Email}): {Password} — změňte ho po přihlášení", email, password);
        }
        else
        {
            logger.LogInformation("Created the first administrator {Email} with the configured password", email);
        }
    }
}
