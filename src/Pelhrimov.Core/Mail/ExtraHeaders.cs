namespace Pelhrimov.Core.Mail;

/// <summary>Stores a message's extra header fields in one column (<see cref="OutgoingMail.Headers"/>): a line per field.</summary>
public static class ExtraHeaders
{
    /// <summary>Joins the fields as <c>Name: value</c> lines; null when there are none.</summary>
    /// <exception cref="ArgumentException">A name that is not a header name, or a line break in a value.</exception>
    public static string? Join(IReadOnlyList<KeyValuePair<string, string>>? headers)
    {
        if (headers is null || headers.Count == 0)
        {
            return null;
        }
        foreach (var (name, value) in headers)
        {
            if (name.Length == 0 || name.Any(c => c is <= ' ' or > '~' or ':'))
            {
                throw new ArgumentException($"'{name}' is not a header name.", nameof(headers));
            }
            if (value.Contains('\r') || value.Contains('\n'))
            {
                throw new ArgumentException($"The value of the header '{name}' contains a line break.", nameof(headers));
            }
        }
        return string.Join('\n', headers.Select(h => h.Key + ": " + h.Value));
    }

    /// <summary>The fields of a stored <see cref="OutgoingMail.Headers"/> value.</summary>
    public static IEnumerable<(string Name, string Value)> Split(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            yield break;
        }
        foreach (var line in stored.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            yield return (line[..colon], line[(colon + 1)..].TrimStart());
        }
    }
}
