using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Identity.Services;

/// <summary>Identity's validation and failure messages in Czech, as they appear next to admin form fields.</summary>
public sealed class CzechIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Nastala neznámá chyba. Zkuste to prosím znovu.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Účet mezitím změnil někdo jiný. Načtěte stránku znovu a opakujte změnu.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Heslo není správné.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Platnost odkazu nebo kódu vypršela, nebo není správný.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "Záložní kód není správný nebo už byl použit.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Tento způsob přihlášení už patří jinému účtu.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Uživatelské jméno „{userName}“ obsahuje nepovolené znaky.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"E-mail „{email}“ nemá správný tvar.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Účet s přihlašovacím jménem „{userName}“ už existuje.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Účet s e-mailem „{email}“ už existuje.");

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), $"Název role „{role}“ není platný.");

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), $"Role „{role}“ už existuje.");

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "Účet už heslo má.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "U tohoto účtu nelze zablokovat přihlašování.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Uživatel už má roli „{role}“.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Uživatel nemá roli „{role}“.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Heslo musí mít alespoň {length} znaků.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Heslo musí obsahovat alespoň {uniqueChars} různých znaků.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Heslo musí obsahovat alespoň jeden znak, který není písmeno ani číslice.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Heslo musí obsahovat alespoň jednu číslici (0–9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Heslo musí obsahovat alespoň jedno malé písmeno (a–z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Heslo musí obsahovat alespoň jedno velké písmeno (A–Z).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
