using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Cluster;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Services;

/// <summary>Reads and saves the public menus as editable text: one <c>Text | /url</c> line per link.</summary>
public sealed class MenuEditor(ContentDbContext db, SharedMemoryEntries cache, PublicPageCacheInvalidator pages, IAuditLog audit)
{
    public static readonly IReadOnlyDictionary<string, string> Menus = new Dictionary<string, string>
    {
        ["main"] = "Hlavní navigace",
        ["footer"] = "Odkazy v patičce",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> ReadAsTextAsync(string name, CancellationToken cancellationToken)
    {
        var json = await db.Menus.AsNoTracking().Where(m => m.Name == name).Select(m => m.ItemsJson).FirstOrDefaultAsync(cancellationToken);
        var links = json is null ? [] : JsonSerializer.Deserialize<List<MenuLink>>(json, Json) ?? [];
        return string.Join("\n", links.Select(l => $"{l.Text} | {l.Url}"));
    }

    /// <summary>Parses and saves a menu; returns a Czech error for the first bad line, and saves nothing then.</summary>
    public async Task<string?> SaveAsync(string name, string? text, string actor, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !IsAllowedUrl(parts[1]))
            {
                return $"Řádek {i + 1} („{lines[i]}“) zapište jako „Text odkazu | /adresa“; adresa začíná lomítkem nebo https://.";
            }
            links.Add(new MenuLink(parts[0], parts[1]));
        }
        var menu = await db.Menus.FirstOrDefaultAsync(m => m.Name == name, cancellationToken);
        if (menu is null)
        {
            db.Menus.Add(menu = new Menu { Name = name });
        }
        menu.ItemsJson = JsonSerializer.Serialize(links, Json);
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(MenuSource.CacheKey(name));
        await pages.InvalidateAsync(cancellationToken);
        await audit.RecordAsync(ContentAuditActions.MenuSaved, "Menu", name, $"Upravena nabídka „{Menus[name]}“ ({CzechPlural.Link.Count(links.Count)}).", actor, cancellationToken);
        return null;
    }

    private static bool IsAllowedUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
