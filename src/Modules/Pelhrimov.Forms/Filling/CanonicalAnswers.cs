using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// <see cref="FormAnswers"/> as stored with a draft and a submission: camelCase JSON, keys in ordinal order (so the same
/// answers always give the same bytes, which the submission's SHA-256 relies on), empty parts left out.
/// </summary>
public static class CanonicalAnswers
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,

        // Czech letters as they are (readable in the database and the JSON export); markup characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(FormAnswers answers) => JsonSerializer.Serialize(Sorted(answers), Options);

    public static FormAnswers Read(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredAnswers>(json, Options) ?? new StoredAnswers();
        return new FormAnswers
        {
            Fields = new Dictionary<string, AnswerValue>(stored.Fields ?? new Dictionary<string, AnswerValue>(), StringComparer.Ordinal),
            Groups = (stored.Groups ?? new Dictionary<string, List<SortedDictionary<string, AnswerValue>>>()).ToDictionary(
                g => g.Key,
                g => g.Value.Select(item => new Dictionary<string, AnswerValue>(item, StringComparer.Ordinal)).ToList(),
                StringComparer.Ordinal),
        };
    }

    /// <summary>The canonical JSON of a submission: what its SHA-256 is computed over and what the JSON export gives.</summary>
    public static string Submission(string formSlug, int version, string reference, DateTime submittedUtc, FormAnswers answers) =>
        JsonSerializer.Serialize(new SubmissionDocument(formSlug, version, reference, submittedUtc, Sorted(answers)), Options);

    private static StoredAnswers Sorted(FormAnswers answers) => new()
    {
        Fields = new SortedDictionary<string, AnswerValue>(answers.Fields, StringComparer.Ordinal),
        Groups = new SortedDictionary<string, List<SortedDictionary<string, AnswerValue>>>(
            answers.Groups.ToDictionary(
                g => g.Key,
                g => g.Value.Select(item => new SortedDictionary<string, AnswerValue>(item, StringComparer.Ordinal)).ToList(),
                StringComparer.Ordinal),
            StringComparer.Ordinal),
    };

    private sealed class StoredAnswers
    {
        public IDictionary<string, AnswerValue>? Fields { get; set; }

        public IDictionary<string, List<SortedDictionary<string, AnswerValue>>>? Groups { get; set; }
    }

    private sealed record SubmissionDocument(string Form, int Version, string Reference, DateTime SubmittedUtc, StoredAnswers Answers);
}
