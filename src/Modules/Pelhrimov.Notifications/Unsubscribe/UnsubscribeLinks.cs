using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Notifications.Unsubscribe;

/// <summary>The one-click unsubscribe address of a target and the RFC 8058 header fields that carry it.</summary>
public sealed class UnsubscribeLinks(UnsubscribeTokens tokens, SiteAddress site)
{
    public const string PathPrefix = "odhlasit-odber/";

    public string Url(UnsubscribeTarget target) => new Uri(site.Root, PathPrefix + tokens.ForUnsubscribe(target)).ToString();

    /// <summary><c>List-Unsubscribe</c> with the HTTPS address and <c>List-Unsubscribe-Post</c> (one click, RFC 8058).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(string url) =>
    [
        new("List-Unsubscribe", "<" + url + ">"),
        new("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ];

    /// <summary>The line under the text part that says how to stop these e-mails.</summary>
    public static string TextFooter(string url) => "\n\n--\nTyto e-maily si můžete odhlásit: " + url + "\n";

    /// <summary>The same for the HTML part (the address is HTML-encoded).</summary>
    public static string HtmlFooter(string url) =>
        "<hr><p>Tyto e-maily si můžete <a href=\"" + System.Net.WebUtility.HtmlEncode(url) + "\">odhlásit</a>.</p>";
}
