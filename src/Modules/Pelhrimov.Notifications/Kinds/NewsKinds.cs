namespace Pelhrimov.Notifications.Kinds;

/// <summary><c>news.article-published</c>: a new article in a category, for the category's news subscribers.</summary>
public sealed record NewsArticlePublishedModel(string Title, string Perex, string Url);

/// <summary>The kinds sent to news subscribers (<c>NotificationRecipient.NewsSubscribers</c>), not to citizen accounts.</summary>
public static class NewsKinds
{
    private const string Signature = BuiltInKinds.Signature;

    public static readonly NotificationKind ArticlePublished = new(
        "news.article-published",
        "Nový článek v rubrice",
        "Na webu vyšel článek v rubrice, jejíž novinky odběratel odebírá e-mailem.",
        typeof(NewsArticlePublishedModel),
        new NewsArticlePublishedModel("Uzavírka Husovy ulice od 1. 3. 2027", "Kvůli opravě vodovodu bude Husova ulice tři týdny uzavřena.",
            "https://www.pelhrimov.cz/aktuality/uzavirka-husovy-ulice"),
        [
            new("title", "Titulek článku"),
            new("perex", "Perex (úvodní odstavec) článku"),
            new("url", "Odkaz na článek na webu"),
        ],
        new TemplateParts(
            "{{ title }}",
            "<p>Dobrý den,</p>\n<p>na webu vyšel nový článek <strong>{{ title }}</strong>.</p>\n<p>{{ perex }}</p>\n<p><a href=\"{{ url }}\">Přečíst článek</a></p>\n<p>{{ town.name }}<br><a href=\"{{ town.url }}\">{{ town.url }}</a></p>",
            "Dobrý den,\n\nna webu vyšel nový článek {{ title }}.\n\n{{ perex }}\n\nČlánek: {{ url }}\n\n" + Signature));

    public static readonly IReadOnlyList<NotificationKind> All = [ArticlePublished];

    public static bool IsNewsKind(string key) => All.Any(k => k.Key == key);
}
