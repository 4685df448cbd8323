using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Html;

namespace Pelhrimov.Content.Services;

/// <summary>A checked and normalised submission, ready to become a version.</summary>
public sealed record ValidContent(string Title, string Slug, ContentFields Fields);

/// <summary>Checks an editor's submission against its content type; rich text is sanitised here, on the server.</summary>
public sealed class ContentValidator(ContentDbContext db, RichTextSanitizer sanitizer)
{
    /// <summary>Top-level paths owned by the application; a page cannot take them.</summary>
    public static readonly IReadOnlySet<string> ReservedPageSlugs = new HashSet<string>(
        ["aktuality", "zivotni-situace", "uredni-deska", "admin", "hledat", "media", "api", "health", "chyba", "prihlaseni",
         "odhlaseni", "portal", "formulare", "lib", "css", "js", "_content", "sitemap-xml", "rss"], StringComparer.Ordinal);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d. M. yyyy", "d.M.yyyy", "d. M.yyyy", "d.M. yyyy"];

    public async Task<(ValidContent? Content, List<ContentError> Errors)> ValidateAsync(
        ContentTypeDefinition type, Guid? itemId, ContentInput input, CancellationToken cancellationToken)
    {
        var errors = new List<ContentError>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(new("Input.Title", "Zadejte název."));
        }
        else if (title.Length > 300)
        {
            errors.Add(new("Input.Title", "Název může mít nejvýše 300 znaků."));
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Core.Formatting.Slug.FromTitle(title) : input.Slug.Trim();
        if (title.Length > 0 || !string.IsNullOrWhiteSpace(input.Slug))
        {
            await ValidateSlugAsync(type, itemId, slug, errors, cancellationToken);
        }

        var fields = new ContentFields();
        foreach (var field in type.Fields)
        {
            var key = $"Input.Fields[{field.Name}]";
            var raw = (input.Fields.GetValueOrDefault(field.Name) ?? "").Trim();
            var value = await NormaliseAsync(field, itemId, raw, key, errors, cancellationToken);
            if (field.Required && string.IsNullOrWhiteSpace(field.Kind == FieldKind.RichText ? TextOf(value) : value))
            {
                errors.Add(new(key, field.Kind is FieldKind.Choice or FieldKind.Image or FieldKind.Parent
                    ? $"Vyberte „{field.Label}“."
                    : $"Vyplňte pole „{field.Label}“."));
            }
            else if (value.Length > field.MaxLength)
            {
                errors.Add(new(key, $"Pole „{field.Label}“ může mít nejvýše {field.MaxLength.ToString("N0", CultureInfo.GetCultureInfo("cs-CZ"))} znaků."));
            }
            fields[field.Name] = value;
        }

        foreach (var image in type.Fields.Where(f => f is { Kind: FieldKind.Image, AltTextField: not null }))
        {
            if (fields[image.Name].Length > 0 && fields[image.AltTextField!].Length == 0)
            {
                errors.Add(new($"Input.Fields[{image.AltTextField}]",
                    "Doplňte alternativní text obrázku: popište, co je na něm, pro čtenáře, kteří ho nevidí."));
            }
        }

        if (fields.Date("postedFrom") is { } from && fields.Date("postedTo") is { } to && to < from)
        {
            errors.Add(new("Input.Fields[postedTo]", "Datum „Vyvěšeno do“ nesmí být dřív než datum „Vyvěšeno od“."));
        }

        return errors.Count == 0 ? (new ValidContent(title, slug, fields), errors) : (null, errors);
    }

    private async Task ValidateSlugAsync(ContentTypeDefinition type, Guid? itemId, string slug, List<ContentError> errors, CancellationToken cancellationToken)
    {
        if (!Core.Formatting.Slug.IsValid(slug))
        {
            errors.Add(new("Input.Slug", "Adresa může obsahovat jen malá písmena bez diakritiky, číslice a pomlčky (například „svoz-odpadu“)."));
            return;
        }
        if (type.Name == ContentTypes.Page && ReservedPageSlugs.Contains(slug))
        {
            errors.Add(new("Input.Slug", $"Adresu „{slug}“ používá sám web. Zvolte jinou."));
            return;
        }
        var clash = await db.Versions.AsNoTracking()
            .Where(v => v.Type == type.Name && v.Slug == slug && (v.IsLatest || v.IsPublished) && v.ItemId != itemId)
            .Select(v => v.Title)
            .FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            errors.Add(new("Input.Slug", $"Adresu „{slug}“ už má položka „{clash}“. Zvolte jinou."));
        }
    }

    private async Task<string> NormaliseAsync(FieldDefinition field, Guid? itemId, string raw, string key, List<ContentError> errors, CancellationToken cancellationToken)
    {
        if (raw.Length == 0)
        {
            return "";
        }
        switch (field.Kind)
        {
            case FieldKind.RichText:
                return sanitizer.Sanitize(raw);
            case FieldKind.Tags:
                return string.Join(", ", raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
            case FieldKind.Choice when !field.Choices.Contains(raw):
                errors.Add(new(key, $"Vyberte „{field.Label}“ ze seznamu."));
                return raw;
            case FieldKind.Number when !int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _):
                errors.Add(new(key, $"Do pole „{field.Label}“ zadejte celé číslo."));
                return raw;
            case FieldKind.Date:
                if (DateOnly.TryParseExact(raw, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                {
                    return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                errors.Add(new(key, $"Do pole „{field.Label}“ zadejte datum, například 29. 11. 2026."));
                return raw;
            case FieldKind.Image:
                return await CheckMediaAsync([raw], MediaKind.Image, key, "Vybraný obrázek v knihovně médií není.", errors, cancellationToken);
            case FieldKind.Attachments:
                var ids = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return await CheckMediaAsync(ids, MediaKind.Document, key, "Některá z vybraných příloh v knihovně médií není nebo to není dokument PDF.", errors, cancellationToken);
            case FieldKind.Parent:
                return await CheckParentAsync(itemId, raw, key, errors, cancellationToken);
            default:
                return raw;
        }
    }

    private async Task<string> CheckMediaAsync(IReadOnlyList<string> raw, MediaKind kind, string key, string message, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var ids = raw.Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty).ToList();
        var found = await db.Media.AsNoTracking().CountAsync(m => ids.Contains(m.Id) && m.Kind == kind, cancellationToken);
        if (ids.Contains(Guid.Empty) || found != ids.Distinct().Count())
        {
            errors.Add(new(key, message));
        }
        return string.Join(",", raw);
    }

    private async Task<string> CheckParentAsync(Guid? itemId, string raw, string key, List<ContentError> errors, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(raw, out var parentId) || !await db.Items.AnyAsync(i => i.Id == parentId && i.Type == ContentTypes.Page, cancellationToken))
        {
            errors.Add(new(key, "Vybraná nadřazená stránka neexistuje."));
            return raw;
        }
        // Walk up from the chosen parent: meeting this page means the tree would become a cycle.
        var current = (Guid?)parentId;
        for (var depth = 0; current is not null && depth < 20; depth++)
        {
            if (current == itemId)
            {
                errors.Add(new(key, "Stránka nemůže být nadřazená sama sobě ani své podstránce."));
                break;
            }
            var id = current.Value;
            current = await db.Versions.AsNoTracking().Where(v => v.ItemId == id && v.IsLatest).Select(v => v.ParentId).FirstOrDefaultAsync(cancellationToken);
        }
        return raw;
    }

    /// <summary>The visible text of sanitised HTML, to tell an empty editor ("&lt;p&gt;&lt;br&gt;&lt;/p&gt;") from real content.</summary>
    public static string TextOf(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ")).Trim();
}
