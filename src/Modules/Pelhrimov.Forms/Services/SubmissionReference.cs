using System.Security.Cryptography;

namespace Pelhrimov.Forms.Services;

/// <summary>
/// The reference number of a submission, e.g. <c>P-2026-7K3M9</c>: the shape of the Filings module's
/// <c>FilingReference</c> (the year and five characters of 32 that cannot be mistaken for each other), so that the same
/// number becomes the filing's reference when the submission is filed (<c>FilingsService.UpsertAsync(…, reference)</c>).
/// Unique by the unique index of <c>forms_submissions.Reference</c>; a clash (1 in 33 million a year) is drawn again.
/// </summary>
public static class SubmissionReference
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(int year)
    {
        Span<char> code = stackalloc char[5];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"P-{year}-{code}";
    }
}
