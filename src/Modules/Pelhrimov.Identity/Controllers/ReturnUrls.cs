using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Identity.Controllers;

/// <summary>Keeps sign-in redirects on this site: a return URL that is not local is dropped.</summary>
public static class ReturnUrls
{
    public static string? LocalOrNull(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
