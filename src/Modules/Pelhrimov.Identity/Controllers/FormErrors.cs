using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>Puts what Identity says about a staff form next to the field it concerns, where the error summary links to it.</summary>
public static class FormErrors
{
    /// <summary>Reports a password that breaks the staff password policy together with the form's other errors.</summary>
    public static async Task CheckPasswordAsync(this ModelStateDictionary modelState, StaffAccounts accounts, string? password, string field)
    {
        if (string.IsNullOrEmpty(password))
        {
            return;
        }
        foreach (var error in await accounts.CheckPasswordAsync(password))
        {
            modelState.AddModelError(field, error.Description);
        }
    }

    /// <summary>Adds a failed result's errors to the e-mail or password field; others go to the summary only.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string emailField, string passwordField = "")
    {
        // The user name is the e-mail: a duplicate e-mail is reported once, not also as a duplicate user name.
        var errors = result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName));
        foreach (var (field, message) in errors.Select(e => (FieldOf(e, emailField, passwordField), e.Description)).Distinct())
        {
            modelState.AddModelError(field, message);
        }
    }

    private static string FieldOf(IdentityError error, string emailField, string passwordField) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            or nameof(IdentityErrorDescriber.InvalidEmail) => emailField,
        _ => "",
    };
}
