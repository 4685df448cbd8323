using System.ComponentModel.DataAnnotations;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Citizens.Models;

public sealed class PasswordSignInInput
{
    [Required(ErrorMessage = "Zadejte e-mailovou adresu.")]
    [EmailAddress(ErrorMessage = "Zadejte platnou e-mailovou adresu, například jana.novakova@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mailová adresa může mít nejvýše 256 znaků.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Zadejte heslo.")]
    [StringLength(200, ErrorMessage = "Heslo může mít nejvýše 200 znaků.")]
    public string? Password { get; set; }
}

public sealed record SignInPage(PasswordSignInInput Input, string? ReturnUrl, IdentityLevel MinimumLevel);

public sealed class ConsentInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Bez souhlasu se zpracováním osobních údajů vás portál nemůže přihlásit.")]
    public bool Agree { get; set; }
}

public sealed class LinkInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Bez souhlasu se zpracováním osobních údajů vás portál nemůže přihlásit.")]
    public bool Agree { get; set; }

    [Required(ErrorMessage = "Zadejte e-mail účtu, který chcete propojit.")]
    [EmailAddress(ErrorMessage = "Zadejte platnou e-mailovou adresu, například jana.novakova@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mailová adresa může mít nejvýše 256 znaků.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Zadejte heslo k účtu, který chcete propojit.")]
    [StringLength(200, ErrorMessage = "Heslo může mít nejvýše 200 znaků.")]
    public string? Password { get; set; }
}

/// <summary>The consent step of a sign-in: first eID sign-in (may link instead), or a new consent version.</summary>
/// <param name="Kind">What is being finished: a new eID account, an existing account, or a password sign-in.</param>
public sealed record ConsentPage(
    ConsentVersion Consent,
    ConsentPageKind Kind,
    string? GivenName,
    string? ReturnUrl,
    ConsentInput Input,
    LinkInput Link,
    bool ShowLink);

public enum ConsentPageKind
{
    NewEidAccount,
    ExistingAccount,
}

public sealed class RegistrationInput
{
    [Required(ErrorMessage = "Zadejte e-mailovou adresu.")]
    [EmailAddress(ErrorMessage = "Zadejte platnou e-mailovou adresu, například jana.novakova@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mailová adresa může mít nejvýše 256 znaků.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Zadejte heslo.")]
    [StringLength(200, ErrorMessage = "Heslo může mít nejvýše 200 znaků.")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Zadejte heslo ještě jednou.")]
    [Compare(nameof(Password), ErrorMessage = "Hesla se neshodují.")]
    public string? ConfirmPassword { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Pro registraci je potřeba souhlas se zpracováním osobních údajů.")]
    public bool Agree { get; set; }
}

public sealed record RegistrationPage(RegistrationInput Input, ConsentVersion Consent);

public sealed class DeleteAccountInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Potvrďte, že chcete účet zrušit.")]
    public bool Confirm { get; set; }
}

public sealed record ProfilePage(
    CitizenAccount Account,
    string SessionMethod,
    IdentityLevel? SessionLevel,
    ConsentRecord? Consent,
    ConsentVersion CurrentConsent);

/// <summary>The citizen area: the cards this citizen may see, in order.</summary>
public sealed record CitizenAreaPage(Pelhrimov.Core.Navigation.CitizenViewer Viewer, IReadOnlyList<Pelhrimov.Core.Navigation.CitizenAreaCard> Cards);

/// <summary>The form that asks for a new confirmation e-mail.</summary>
public sealed class ResendConfirmationInput
{
    [Required(ErrorMessage = "Zadejte e-mailovou adresu.")]
    [EmailAddress(ErrorMessage = "Zadejte platnou e-mailovou adresu, například jana.novakova@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mailová adresa může mít nejvýše 256 znaků.")]
    public string? Email { get; set; }
}
