using Pelhrimov.Core.Audit;
using static Pelhrimov.Citizens.Domain.CitizenAuditActions;

namespace Pelhrimov.Citizens.Domain;

/// <summary>Czech names of <see cref="CitizenAuditActions"/> for the admin's audit tables.</summary>
public sealed class CitizenAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [SignIn] = "Přihlášení občana",
        [SignInFailed] = "Neúspěšné přihlášení občana",
        [EidSignInFailed] = "Neúspěšné přihlášení občana přes eID",
        [LockedOut] = "Dočasné zablokování účtu občana",
        [SignOut] = "Odhlášení občana",
        [Created] = "Založení účtu občana",
        [Registered] = "Registrace občana",
        [EmailConfirmed] = "Potvrzení e-mailu občana",
        [Linked] = "Propojení účtu občana s eID",
        [LinkFailed] = "Nepovedené propojení s eID",
        [ConsentGiven] = "Souhlas občana",
        [ConsentRefused] = "Odmítnutý souhlas občana",
        [Deleted] = "Zrušení účtu občana",
        [PasswordReset] = "Obnovení hesla občana",
    };
}
