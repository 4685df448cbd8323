namespace Pelhrimov.Forms.Engine;

/// <summary>Copies and compares answers (the records' own equality compares lists by reference).</summary>
public static class AnswerCopy
{
    public static FormAnswers Clone(FormAnswers answers) => new()
    {
        Fields = new Dictionary<string, AnswerValue>(answers.Fields, StringComparer.Ordinal),
        Groups = answers.Groups.ToDictionary(
            g => g.Key,
            g => g.Value.Select(item => new Dictionary<string, AnswerValue>(item, StringComparer.Ordinal)).ToList(),
            StringComparer.Ordinal),
    };

    public static bool SameValue(AnswerValue? a, AnswerValue? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Text == b.Text && a.Address == b.Address && a.File == b.File
                && (a.Values is null ? b.Values is null : b.Values is not null && a.Values.SequenceEqual(b.Values, StringComparer.Ordinal));
}
