namespace Pelhrimov.Search.Domain;

/// <summary>
/// One line of the search thesaurus: the <see cref="Terms"/> citizens type (comma-separated phrases, e.g. "občanka, OP") and
/// the <see cref="Synonyms"/> they mean ("občanský průkaz"). Two-way: every phrase on either side finds the others; one-way:
/// the terms also find the synonyms, not the reverse (a narrower or colloquial word pointing at the official one).
/// </summary>
public sealed class ThesaurusEntry
{
    public const int MaxTermsLength = 300;
    public const int MaxSynonymsLength = 600;

    public int Id { get; set; }

    public required string Terms { get; set; }

    public required string Synonyms { get; set; }

    public bool TwoWay { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>The single row whose <see cref="Version"/> grows with every change of the thesaurus; each node compares it to
/// the version it has in memory (docs/search.md, "Thesaurus").</summary>
public sealed class ThesaurusState
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
