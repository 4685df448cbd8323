using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Core.Security;

/// <summary>Keeps sign-in redirects on this site (staff and citizens alike): a return URL that is not local is dropped.</summary>
public static class ReturnUrls
{
    public static string? LocalOrNull(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
