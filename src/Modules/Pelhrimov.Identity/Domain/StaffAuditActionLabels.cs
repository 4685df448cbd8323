using Pelhrimov.Core.Audit;
using static Pelhrimov.Identity.Domain.StaffAuditActions;

namespace Pelhrimov.Identity.Domain;

/// <summary>Czech names of <see cref="StaffAuditActions"/> for the admin's audit tables.</summary>
public sealed class StaffAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [SignIn] = "Přihlášení do administrace",
        [SignInFailed] = "Neúspěšné přihlášení do administrace",
        [LockedOut] = "Dočasné zablokování po neúspěšných pokusech",
        [SignOut] = "Odhlášení z administrace",
        [TwoFactorFailed] = "Chybný kód dvoufázového ověření",
        [RecoveryCodeUsed] = "Přihlášení záložním kódem",
        [TwoFactorEnabled] = "Zapnutí dvoufázového ověření",
        [TwoFactorDisabled] = "Vypnutí dvoufázového ověření",
        [AuthenticatorKeyCreated] = "Nový klíč pro ověřovací aplikaci",
        [RecoveryCodesGenerated] = "Nové záložní kódy",
        [PasswordChanged] = "Změna hesla",
        [PasswordReset] = "Obnovení hesla",
        [PasswordResetRequested] = "Žádost o obnovení hesla",
        [UserCreated] = "Založení uživatele",
        [UserUpdated] = "Úprava uživatele",
        [RolesChanged] = "Změna rolí uživatele",
        [UserLocked] = "Zablokování uživatele",
        [UserUnlocked] = "Odblokování uživatele",
    };
}
