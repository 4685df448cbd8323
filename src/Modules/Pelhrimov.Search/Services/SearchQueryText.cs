using System.Text;

namespace Pelhrimov.Search.Services;

/// <summary>What a visitor typed, made safe: control characters removed, whitespace collapsed, at most 200 characters.</summary>
public static class SearchQueryText
{
    public const int MaxLength = 200;

    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(raw.Length, MaxLength));
        var lastWasSpace = true;
        foreach (var c in raw)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }
            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD';
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
            lastWasSpace = isSpace;
        }
        return builder.ToString().Trim();
    }
}
