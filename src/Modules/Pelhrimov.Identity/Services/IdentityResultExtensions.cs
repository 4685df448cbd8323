using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Identity.Services;

/// <summary>Turns a failed <see cref="IdentityResult"/> into an exception where failure is a configuration error, not user input.</summary>
public static class IdentityResultExtensions
{
    public static void ThrowIfFailed(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
