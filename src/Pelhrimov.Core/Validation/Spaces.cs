namespace Pelhrimov.Core.Validation;

/// <summary>What people type between digit groups: spaces (also non-breaking and thin ones).</summary>
internal static class Spaces
{
    public static string Remove(string? input) =>
        string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F'));
}
