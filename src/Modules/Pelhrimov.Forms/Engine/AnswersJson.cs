using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// <see cref="FormAnswers"/> as stored with a draft or a submission: camelCase JSON without empty parts
/// (<c>{"fields":{"pocet":{"text":"2"}},"groups":{"pes":[{"cip":{"text":"203098100123456"}}]}}</c>).
/// </summary>
public static class AnswersJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = 16,
    };

    public static string Write(FormAnswers answers) => JsonSerializer.Serialize(answers, Options);

    /// <summary>The answers, or null when the text is not stored answers (never throws on bad input).</summary>
    public static FormAnswers? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            var answers = JsonSerializer.Deserialize<FormAnswers>(json, Options);
            // Dictionaries read from JSON compare keys ordinally already; null items would break every consumer.
            return answers is null || answers.Fields.Values.Any(v => v is null) || answers.Groups.Values.Any(g => g is null || g.Any(i => i is null || i.Values.Any(v => v is null)))
                ? null
                : answers;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
