using System.Security.Cryptography;
using System.Text;

namespace Pelhrimov.Payments.Statements;

/// <summary>A short, stable fingerprint of a line's fields, for line keys where the bank gives no reference.</summary>
internal static class ContentHash
{
    public static string Of(params string?[] fields)
    {
        // The unit separator cannot occur in statement fields, so ("1", "23") and ("12", "3") differ.
        var text = string.Join('\u001F', fields.Select(field => field ?? ""));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(hash, 0, 8);
    }
}
