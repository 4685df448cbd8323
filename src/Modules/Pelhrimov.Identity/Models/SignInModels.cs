using System.ComponentModel.DataAnnotations;

namespace Pelhrimov.Identity.Models;

/// <summary>The staff sign-in form.</summary>
public sealed class SignInInput
{
    [Required(ErrorMessage = "Zadejte e-mail.")]
    [EmailAddress(ErrorMessage = "Zadejte e-mail ve tvaru jmeno@example.cz.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Zadejte heslo.")]
    [DataType(DataType.Password)]
    [Display(Name = "Heslo")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

/// <summary>What both forms of the second sign-in step carry along: where to go once signed in.</summary>
public abstract class TwoFactorStep
{
    public string? ReturnUrl { get; set; }
}

/// <summary>The second step of sign-in: a code from the authenticator app.</summary>
public sealed class TwoFactorInput : TwoFactorStep
{
    [Required(ErrorMessage = "Zadejte kód z aplikace.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Kód má šest číslic.")]
    [Display(Name = "Ověřovací kód")]
    public string Code { get; set; } = "";

    [Display(Name = "Zapamatovat toto zařízení na 30 dní")]
    public bool RememberMachine { get; set; }
}

/// <summary>Sign-in with one of the recovery codes instead of the authenticator app.</summary>
public sealed class RecoveryCodeInput : TwoFactorStep
{
    [Required(ErrorMessage = "Zadejte záložní kód.")]
    [StringLength(40, ErrorMessage = "Záložní kód je příliš dlouhý.")]
    [Display(Name = "Záložní kód")]
    public string RecoveryCode { get; set; } = "";
}

/// <summary>"Zapomenuté heslo": the address to send a reset link to.</summary>
public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Zadejte e-mail.")]
    [EmailAddress(ErrorMessage = "Zadejte e-mail ve tvaru jmeno@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mail je příliš dlouhý.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";
}

/// <summary>Setting a new password with the link from the reset e-mail.</summary>
public sealed class ResetPasswordInput : NewPasswordInput
{
    public Guid UserId { get; set; }

    public string Token { get; set; } = "";
}
