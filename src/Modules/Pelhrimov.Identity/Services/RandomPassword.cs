using System.Security.Cryptography;

namespace Pelhrimov.Identity.Services;

/// <summary>Generates passwords nobody has to type: long, random, and always meeting the staff password policy.</summary>
public static class RandomPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_!?#%+=";

    /// <summary>A password of <paramref name="length"/> characters with at least one upper, lower, digit and symbol.</summary>
    public static string Generate(int length = 24)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 12);
        var all = Upper + Lower + Digits + Symbols;
        char[] chars =
        [
            .. RandomNumberGenerator.GetItems<char>(Upper, 1),
            .. RandomNumberGenerator.GetItems<char>(Lower, 1),
            .. RandomNumberGenerator.GetItems<char>(Digits, 1),
            .. RandomNumberGenerator.GetItems<char>(Symbols, 1),
            .. RandomNumberGenerator.GetItems<char>(all, length - 4),
        ];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
