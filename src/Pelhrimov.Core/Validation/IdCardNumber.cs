namespace Pelhrimov.Core.Validation;

/// <summary>
/// The number of a Czech identity card (občanský průkaz): nine digits on the machine-readable cards. Older card models
/// differ and validity is only known to the Ministry of the Interior's register of invalid documents, so this is a shape
/// check (spaces allowed between groups).
/// </summary>
public static class IdCardNumber
{
    public static string? Normalize(string? input)
    {
        var text = Spaces.Remove(input);
        return text.Length == 9 && text.All(char.IsAsciiDigit) ? text : null;
    }
}
