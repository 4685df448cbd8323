namespace Pelhrimov.Identity.Domain;

/// <summary>The audit-log action codes written by staff sign-in and account administration.</summary>
public static class StaffAuditActions
{
    public const string EntityType = "StaffUser";

    public const string SignIn = "staff.signin";
    public const string SignInFailed = "staff.signin-failed";
    public const string LockedOut = "staff.lockout";
    public const string SignOut = "staff.signout";
    public const string TwoFactorFailed = "staff.2fa-failed";
    public const string RecoveryCodeUsed = "staff.recovery-code-used";
    public const string TwoFactorEnabled = "staff.2fa-enabled";
    public const string TwoFactorDisabled = "staff.2fa-disabled";
    public const string AuthenticatorKeyCreated = "staff.authenticator-key-created";
    public const string RecoveryCodesGenerated = "staff.recovery-codes-generated";
    public const string PasswordChanged = "staff.password-changed";
    public const string PasswordReset = "staff.password-reset";
    public const string PasswordResetRequested = "staff.password-reset-requested";
    public const string UserCreated = "staff.user-created";
    public const string UserUpdated = "staff.user-updated";
    public const string RolesChanged = "staff.roles-changed";
    public const string UserLocked = "staff.user-locked";
    public const string UserUnlocked = "staff.user-unlocked";
}
