namespace Pelhrimov.Content.Domain;

/// <summary>The content types of the town site and their fields.</summary>
public static class ContentTypes
{
    public const string Article = "Article";
    public const string Page = "Page";
    public const string LifeSituation = "LifeSituation";
    public const string NoticeBoardEntry = "NoticeBoardEntry";

    public static readonly IReadOnlyList<string> ArticleCategories =
        ["Radnice", "Doprava", "Kultura", "Sport", "Životní prostředí", "Školství", "Sociální služby", "Investice"];

    public static readonly IReadOnlyList<string> LifeSituationCategories =
    [
        "Bydlení a nemovitosti", "Doklady a evidence obyvatel", "Rodina a děti", "Odpady a životní prostředí", "Zvířata",
        "Doprava a vozidla", "Podnikání", "Sociální oblast", "Stavební řízení", "Kultura a veřejný prostor",
    ];

    public static readonly ContentTypeDefinition ArticleType = new(Article, "Článek", "Aktuality",
    [
        new("perex", "Perex", FieldKind.MultilineText) { Required = true, MaxLength = 600, Hint = "Jedna až dvě věty, které shrnují článek. Zobrazují se v přehledu aktualit." },
        new("body", "Text článku", FieldKind.RichText) { Required = true, MaxLength = 100_000 },
        new("image", "Obrázek", FieldKind.Image) { AltTextField = "imageAlt", Hint = "Obrázek z knihovny médií." },
        new("imageAlt", "Alternativní text obrázku", FieldKind.Text) { MaxLength = 250, Hint = "Popište, co je na obrázku, pro nevidomé čtenáře." },
        new("category", "Rubrika", FieldKind.Choice) { Required = true, Choices = ArticleCategories },
        new("tags", "Štítky", FieldKind.Tags) { MaxLength = 300, Hint = "Oddělte čárkou, např. doprava, uzavírka." },
    ])
    { UrlForSlug = slug => $"/aktuality/{slug}" };

    public static readonly ContentTypeDefinition PageType = new(Page, "Stránka", "Stránky",
    [
        new("body", "Obsah stránky", FieldKind.RichText) { Required = true, MaxLength = 200_000 },
        new("parent", "Nadřazená stránka", FieldKind.Parent) { Hint = "Stránka se zobrazí pod adresou nadřazené stránky." },
        new("menuOrder", "Pořadí v nabídce", FieldKind.Number) { Hint = "Menší číslo je výš." },
    ]);

    public static readonly ContentTypeDefinition LifeSituationType = new(LifeSituation, "Životní situace", "Životní situace",
    [
        new("category", "Oblast", FieldKind.Choice) { Required = true, Choices = LifeSituationCategories },
        new("summary", "Stručný popis", FieldKind.MultilineText) { Required = true, MaxLength = 600 },
        new("whoConcerns", "Koho se to týká", FieldKind.RichText) { MaxLength = 20_000 },
        new("howToProceed", "Jak postupovat", FieldKind.RichText) { MaxLength = 20_000 },
        new("whatToBring", "Co potřebuji", FieldKind.RichText) { MaxLength = 20_000 },
        new("fees", "Poplatky", FieldKind.RichText) { MaxLength = 20_000 },
        new("deadlines", "Lhůty", FieldKind.RichText) { MaxLength = 20_000 },
        new("whereToGo", "Kde to vyřídím", FieldKind.RichText) { MaxLength = 20_000 },
        new("relatedForms", "Formuláře", FieldKind.RichText) { MaxLength = 20_000 },
        new("legislation", "Právní předpisy", FieldKind.RichText) { MaxLength = 20_000 },
    ])
    { UrlForSlug = slug => $"/zivotni-situace/{slug}" };

    public static readonly ContentTypeDefinition NoticeBoardEntryType = new(NoticeBoardEntry, "Oznámení na úřední desce", "Úřední deska",
    [
        new("department", "Odbor", FieldKind.Text) { Required = true, MaxLength = 200 },
        new("referenceNumber", "Číslo jednací", FieldKind.Text) { MaxLength = 100 },
        new("postedFrom", "Vyvěšeno od", FieldKind.Date) { Required = true },
        new("postedTo", "Vyvěšeno do", FieldKind.Date) { Required = true, Hint = "Po tomto dni oznámení samo zmizí z desky a zůstane v archivu." },
        new("body", "Popis", FieldKind.RichText) { MaxLength = 50_000 },
        new("attachments", "Přílohy (PDF)", FieldKind.Attachments) { Hint = "Dokumenty z knihovny médií." },
    ])
    { UrlForSlug = slug => $"/uredni-deska/{slug}" };

    public static readonly IReadOnlyList<ContentTypeDefinition> All = [ArticleType, PageType, LifeSituationType, NoticeBoardEntryType];

    public static ContentTypeDefinition? Find(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
