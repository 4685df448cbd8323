namespace Pelhrimov.Core.Validation;

/// <summary>
/// An e-mail address as people type it: one <c>@</c>, a local part, a domain with a dot and no empty labels,
/// no spaces, at most 254 characters. The domain is lower-cased; the local part is kept as typed.
/// </summary>
public static class EmailAddress
{
    public static string? Normalize(string? input)
    {
        var text = (input ?? "").Trim();
        var at = text.LastIndexOf('@');
        if (text.Length is 0 or > 254 || at <= 0 || at > 64 || text.IndexOf('@', StringComparison.Ordinal) != at
            || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or '"'))
        {
            return null;
        }
        var domain = text[(at + 1)..].ToLowerInvariant();
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-'))
            || labels[^1].Length < 2 || text[..at].StartsWith('.') || text[..at].EndsWith('.') || text.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        return text[..at] + "@" + domain;
    }
}
