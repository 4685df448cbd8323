using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Pelhrimov.Core.BackOffice;

/// <summary>What a list request of the back-office API asked for: how many items and after which key.</summary>
/// <param name="Limit">Items on the page.</param>
/// <param name="After">The key of the last item of the previous page; null for the first page.</param>
public readonly record struct PageRequest(int Limit, string? After)
{
    /// <summary>The key as a number, for lists ordered by a numeric id (validated as one when read).</summary>
    public long AfterNumber => After is null ? 0 : long.Parse(After, NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>
/// Keyset paging of the back-office API (<c>?limit=&amp;cursor=</c>, answers with <c>nextCursor</c>): a page is the rows
/// whose key follows the cursor's, in key order, so a row stored while a client pages is neither skipped nor repeated.
/// The cursor is the last key of the page, base64url-encoded: opaque to clients, checked when it comes back.
/// </summary>
public static class ApiPaging
{
    /// <summary>
    /// Reads <paramref name="limit"/> and <paramref name="cursor"/> from the query; a bad value adds a Czech message to
    /// <paramref name="errors"/> under <c>limit</c> or <c>cursor</c> (the fields RFC 9457 problem details name).
    /// </summary>
    /// <param name="isKey">Whether a decoded cursor is a key this list can have come from.</param>
    public static PageRequest Read(string? limit, string? cursor, int defaultLimit, int maxLimit, Func<string, bool> isKey, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(isKey);
        ArgumentNullException.ThrowIfNull(errors);
        var take = defaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take < 1 || take > maxLimit))
        {
            errors["limit"] = [$"Počet položek na stránku (limit) musí být celé číslo od 1 do {maxLimit}."];
        }
        if (string.IsNullOrEmpty(cursor))
        {
            return new PageRequest(take, null);
        }
        if (Decode(cursor) is { Length: > 0 } after && isKey(after))
        {
            return new PageRequest(take, after);
        }
        errors["cursor"] = ["Kurzor není platný: použijte hodnotu nextCursor z předchozí stránky."];
        return new PageRequest(take, null);
    }

    /// <summary>Whether a cursor's key is a positive number (for lists ordered by a numeric id).</summary>
    public static bool IsNumber(string key) => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0;

    /// <summary>The rows after the page's key, for a list ordered by a string key (the caller orders by the same key).</summary>
    public static IQueryable<T> After<T>(this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (page.After is null)
        {
            return query;
        }
        // string.Compare(key, after) > 0 is what EF Core translates to SQL's > (the column's collation decides);
        // string.CompareOrdinal is not translated. The key is read from a closure so that the query plan is cached.
        var after = new KeyHolder(page.After);
        var compare = Expression.Call(
            typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!,
            key.Body,
            Expression.Property(Expression.Constant(after), nameof(KeyHolder.Value)));
        var follows = Expression.GreaterThan(compare, Expression.Constant(0));
        return query.Where(Expression.Lambda<Func<T, bool>>(follows, key.Parameters));
    }

    /// <summary>
    /// The cursor of the next page, or null on the last one. <paramref name="rows"/> were read with
    /// <see cref="PageRequest.Limit"/> + 1 so that a further row shows there is a next page.
    /// </summary>
    public static string? NextCursor<T>(IReadOnlyList<T> rows, PageRequest page, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        return rows.Count > page.Limit ? Encode(key(rows[page.Limit - 1])) : null;
    }

    /// <summary>A numeric id as a cursor key.</summary>
    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string key) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(key));

    private static string? Decode(string cursor)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(WebEncoders.Base64UrlDecode(cursor));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class KeyHolder(string value)
    {
        public string Value { get; } = value;
    }
}
