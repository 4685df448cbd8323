using System.ComponentModel.DataAnnotations;

namespace Pelhrimov.Identity.Models;

/// <summary>The signed-in person's own account page: who they are and whether two-step verification is on.</summary>
public sealed record AccountOverview(string Email, string DisplayName, bool TwoFactorEnabled, int RecoveryCodesLeft);

/// <summary>A new password typed twice: set by an administrator for someone, or as part of changing one's own.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Zadejte nové heslo.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nové heslo")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Zadejte nové heslo ještě jednou.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Hesla se neshodují.")]
    [Display(Name = "Nové heslo znovu")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>Changing one's own password.</summary>
public sealed class ChangePasswordInput : NewPasswordInput
{
    [Required(ErrorMessage = "Zadejte současné heslo.")]
    [DataType(DataType.Password)]
    [Display(Name = "Současné heslo")]
    public string CurrentPassword { get; set; } = "";
}

/// <summary>Turning off two-step verification, confirmed with the current password.</summary>
public sealed class DisableAuthenticatorInput
{
    [Required(ErrorMessage = "Zadejte současné heslo.")]
    [DataType(DataType.Password)]
    [Display(Name = "Současné heslo")]
    public string CurrentPassword { get; set; } = "";
}

/// <summary>Setting up an authenticator app: the shared key, its QR code, and the code that proves the app works.</summary>
public sealed class AuthenticatorSetup
{
    public string SharedKey { get; set; } = "";

    /// <summary>The <c>otpauth://</c> URI as an SVG QR code, ready for an <c>img</c> element's <c>src</c>.</summary>
    public string QrCodeDataUri { get; set; } = "";

    [Required(ErrorMessage = "Zadejte kód z aplikace.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Kód má šest číslic.")]
    [Display(Name = "Ověřovací kód")]
    public string Code { get; set; } = "";
}
