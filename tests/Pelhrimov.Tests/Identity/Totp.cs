using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Pelhrimov.Tests.Identity;

/// <summary>RFC 6238 one-time codes as an authenticator app computes them: HMAC-SHA1, 30-second steps, six digits.</summary>
internal static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code an app shows now for <paramref name="key"/>, the Base32 key as the setup page prints it.</summary>
    public static string Now(string key) => ForStep(key, CurrentStep());

    /// <summary>Six digits that the server refuses: no step it accepts around now has this code.</summary>
    public static string Wrong(string key)
    {
        var step = CurrentStep();
        var accepted = Enumerable.Range(-3, 7).Select(i => ForStep(key, step + i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(code => !accepted.Contains(code));
    }

    public static string ForStep(string key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 and every authenticator app use HMAC-SHA1; this computes their codes, it protects nothing.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(FromBase32(key), counter);
#pragma warning restore CA5350
        // Dynamic truncation (RFC 4226, 5.3): four bytes from the offset the last nibble names, without the sign bit.
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFF_FFFF;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static long CurrentStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    private static byte[] FromBase32(string key)
    {
        var text = key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = Base32Alphabet.IndexOf(c);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a Base32 character.");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
