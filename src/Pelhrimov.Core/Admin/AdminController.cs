using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary>Base of every admin screen: staff sign-in required, views under <c>Areas/Admin/Views</c> with the admin layout.</summary>
[Area("Admin")]
[Authorize(AuthenticationSchemes = PermissionPolicies.StaffScheme)]
public abstract class AdminController : Controller
{
    /// <summary>Shows a one-time confirmation message on the next admin page.</summary>
    protected void Flash(string message) => TempData["Flash"] = message;
}
