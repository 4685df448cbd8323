using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pelhrimov.Core.Indexing;

namespace SearchBench;

/// <summary>Generates realistic Czech documents from the sample site's own text (App_Data.sample/content): the 86 sample
/// items as they are, then recombinations of their sentences in which about a third of the words are replaced by words
/// drawn from the sample's word frequencies. Deterministic for a seed.</summary>
public sealed partial class CzechCorpus
{
    private static readonly string[] Kinds = ["Article", "LifeSituation", "Page", "NoticeBoardEntry"];
    private static readonly string[] Departments =
        ["Odbor výstavby a územního plánování", "Odbor životního prostředí", "Odbor dopravy", "Finanční odbor", "Odbor sociálních věcí", "Správní odbor"];

    private readonly List<SearchDocument> _samples = [];
    private readonly List<string[]> _sentences = [];
    private readonly List<string[]> _titles = [];
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public CzechCorpus(string samplePath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(samplePath, "content"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var kind = item.GetProperty("type").GetString()!;
                var title = item.GetProperty("title").GetString()!;
                var text = new StringBuilder(title);
                var summary = "";
                foreach (var field in item.GetProperty("fields").EnumerateObject())
                {
                    if (field.Value.ValueKind == JsonValueKind.String && field.Name is not ("category" or "department" or "referenceNumber" or "imageAlt" or "image"))
                    {
                        var plain = PlainText(field.Value.GetString()!);
                        text.Append('\n').Append(plain);
                        if (field.Name is "perex" or "summary")
                        {
                            summary = plain;
                        }
                    }
                }
                var slug = item.GetProperty("slug").GetString()!;
                _samples.Add(new SearchDocument
                {
                    Kind = kind,
                    ItemId = "sample-" + slug,
                    Title = title,
                    Url = UrlFor(kind, slug),
                    Text = text.ToString(),
                    Summary = summary,
                });
                _titles.Add(Words(title).ToArray());
                foreach (var sentence in Sentences().Split(text.ToString()))
                {
                    var words = Words(sentence).ToArray();
                    if (words.Length >= 4)
                    {
                        _sentences.Add(words);
                    }
                    foreach (var word in words)
                    {
                        counts[word] = counts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }
        _words = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var i = 0; i < _words.Length; i++)
        {
            total += counts[_words[i]];
            _cumulative[i] = total;
        }
    }

    public int DistinctWords => _words.Length;

    public int SampleSentences => _sentences.Count;

    public IReadOnlyList<SearchDocument> Samples => _samples;

    public IReadOnlyList<string[]> SentenceWords => _sentences;

    public IReadOnlyList<string[]> Titles => _titles;

    /// <summary>A word drawn with the frequency it has in the sample text.</summary>
    public string RandomWord(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _words[index < 0 ? ~index : index];
    }

    /// <summary>The sample items first, then generated ones, <paramref name="count"/> in all.</summary>
    public async IAsyncEnumerable<SearchDocument> DocumentsAsync(int count, int seed, DateTime now)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return i < _samples.Count ? _samples[i] : Generate(random, i, now);
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private SearchDocument Generate(Random random, int number, DateTime now)
    {
        var roll = random.Next(100);
        var kind = roll < 50 ? Kinds[0] : roll < 65 ? Kinds[1] : roll < 80 ? Kinds[2] : Kinds[3];
        var titleWords = Mutate(random, _titles[random.Next(_titles.Count)], 0.5);
        var title = Capitalize(string.Join(' ', titleWords.Take(9)));
        var body = new StringBuilder(title);
        var paragraphs = 3 + random.Next(2);
        string summary = "";
        for (var p = 0; p < paragraphs; p++)
        {
            var paragraph = new StringBuilder();
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                var words = Mutate(random, _sentences[random.Next(_sentences.Count)], 0.3);
                paragraph.Append(Capitalize(string.Join(' ', words.Take(24)))).Append(". ");
            }
            if (p == 0)
            {
                summary = paragraph.ToString().Trim();
            }
            body.Append('\n').Append(paragraph.ToString().TrimEnd());
        }
        var slug = "polozka-" + number;
        var isBoard = kind == "NoticeBoardEntry";
        // Four in five board entries are on the board now; the rest ended or are yet to come (found never / later).
        var from = now.AddDays(random.Next(100) < 90 ? -random.Next(1, 60) : random.Next(1, 10));
        var to = random.Next(100) < 89 ? now.AddDays(random.Next(1, 30)) : now.AddDays(-random.Next(1, 30));
        return new SearchDocument
        {
            Kind = kind,
            ItemId = "gen-" + number,
            Title = title,
            Url = UrlFor(kind, slug),
            Text = body.ToString(),
            Summary = summary.Length > 300 ? summary[..300] : summary,
            Category = isBoard ? Departments[random.Next(Departments.Length)] : null,
            PublishedUtc = kind == "Article" ? now.AddDays(-random.Next(3650)) : null,
            VisibleFromUtc = isBoard ? from : null,
            VisibleToUtc = isBoard ? to : null,
        };
    }

    private List<string> Mutate(Random random, string[] words, double share)
    {
        var result = new List<string>(words.Length);
        foreach (var word in words)
        {
            result.Add(random.NextDouble() < share ? RandomWord(random) : word);
        }
        return result;
    }

    private static string UrlFor(string kind, string slug) => kind switch
    {
        "Article" => "/aktuality/" + slug,
        "LifeSituation" => "/zivotni-situace/" + slug,
        "NoticeBoardEntry" => "/uredni-deska/" + slug,
        _ => "/" + slug,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    private static string PlainText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?;:])\s+|\n")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
