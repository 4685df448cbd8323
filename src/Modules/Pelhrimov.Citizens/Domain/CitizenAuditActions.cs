namespace Pelhrimov.Citizens.Domain;

/// <summary>The audit-log action codes of citizen accounts. The actor is always a pseudonym, never a name or e-mail.</summary>
public static class CitizenAuditActions
{
    public const string EntityType = "CitizenAccount";

    public const string SignIn = "citizen.signin";
    public const string SignInFailed = "citizen.signin-failed";
    public const string EidSignInFailed = "citizen.eid-failed";
    public const string LockedOut = "citizen.lockout";
    public const string SignOut = "citizen.signout";
    public const string Created = "citizen.created";
    public const string Registered = "citizen.registered";
    public const string EmailConfirmed = "citizen.email-confirmed";
    public const string Linked = "citizen.linked";
    public const string LinkFailed = "citizen.link-failed";
    public const string ConsentGiven = "citizen.consent";
    public const string ConsentRefused = "citizen.consent-refused";
    public const string Deleted = "citizen.deleted";
    public const string PasswordReset = "citizen.password-reset";
}
