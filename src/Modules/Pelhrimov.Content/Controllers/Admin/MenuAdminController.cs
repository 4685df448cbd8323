using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Content.Controllers.Admin;

/// <summary><c>/admin/menu</c>: the links of the main navigation and of the footer.</summary>
[Route("admin/menu")]
[AuthorizePermission("Content.Publish")]
public sealed class MenuAdminController(MenuEditor menus) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>();
        foreach (var name in MenuEditor.Menus.Keys)
        {
            texts[name] = await menus.ReadAsTextAsync(name, cancellationToken);
        }
        return View(texts);
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Save(string name, CancellationToken cancellationToken)
    {
        if (!MenuEditor.Menus.ContainsKey(name))
        {
            return NotFound();
        }
        // Each menu's field is named after the menu so that ids stay unique on the page.
        string? odkazy = Request.Form[$"odkazy-{name}"];
        var error = await menus.SaveAsync(name, odkazy, User.Identity!.Name!, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError($"odkazy-{name}", error);
            var texts = new Dictionary<string, string>();
            foreach (var menu in MenuEditor.Menus.Keys)
            {
                texts[menu] = menu == name ? odkazy ?? "" : await menus.ReadAsTextAsync(menu, cancellationToken);
            }
            return View("Index", texts);
        }
        Flash($"Nabídka „{MenuEditor.Menus[name]}“ je uložená.");
        return Redirect("/admin/menu");
    }
}
