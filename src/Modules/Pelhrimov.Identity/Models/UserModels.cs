using System.ComponentModel.DataAnnotations;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Models;

/// <summary>The staff list with its search term.</summary>
public sealed record UserListModel(string? Query, StaffUserPage Page);

/// <summary>A staff account's name and the e-mail it signs in with, as an administrator types them.</summary>
public class StaffProfileInput
{
    [Required(ErrorMessage = "Zadejte jméno a příjmení.")]
    [StringLength(200, ErrorMessage = "Jméno může mít nejvýše 200 znaků.")]
    [Display(Name = "Jméno a příjmení")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Zadejte e-mail.")]
    [EmailAddress(ErrorMessage = "Zadejte e-mail ve tvaru jmeno@example.cz.")]
    [StringLength(256, ErrorMessage = "E-mail je příliš dlouhý.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";
}

/// <summary>A new staff account, created by an administrator.</summary>
public sealed class CreateUserInput : StaffProfileInput
{
    [Required(ErrorMessage = "Vyberte roli.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = "";

    [Required(ErrorMessage = "Zadejte počáteční heslo.")]
    [DataType(DataType.Password)]
    [Display(Name = "Počáteční heslo")]
    public string Password { get; set; } = "";
}

/// <summary>One staff account with its roles and the forms that change it, for the edit page.</summary>
public sealed class UserDetailModel
{
    public required Guid Id { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required bool IsLocked { get; init; }
    public required bool TwoFactorEnabled { get; init; }
    public required DateTime CreatedUtc { get; init; }
    public DateTime? LastSignInUtc { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public required IReadOnlyList<string> AllRoles { get; init; }
    public required bool IsCurrentUser { get; init; }

    /// <summary>The roles ticked in the form (as posted, or as stored).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The name and e-mail form (as posted, or as stored).</summary>
    public StaffProfileInput Profile { get; set; } = new();

    /// <summary>The new-password form; always shown empty, a password is never sent back to the browser.</summary>
    public NewPasswordInput PasswordReset { get; set; } = new();
}
