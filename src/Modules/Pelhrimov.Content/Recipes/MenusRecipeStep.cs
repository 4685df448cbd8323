using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Content.Recipes;

/// <summary>Recipe step <c>Menus</c>: the public menus, each a list of <c>{ "text", "url" }</c>.</summary>
public sealed class MenusRecipeStep(ContentDbContext db) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var menu in step.GetProperty("menus").EnumerateArray())
        {
            var name = menu.GetProperty("name").GetString()!;
            var links = menu.GetProperty("items").Deserialize<List<MenuLink>>(web) ?? [];
            var existing = await db.Menus.FirstOrDefaultAsync(m => m.Name == name, cancellationToken);
            var json = JsonSerializer.Serialize(links, web);
            if (existing is null)
            {
                db.Menus.Add(new Menu { Name = name, ItemsJson = json });
            }
            else
            {
                existing.ItemsJson = json;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
