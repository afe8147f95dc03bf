using Griot.Text.Documents;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>
/// What was read from one document: its sentences (each with the language it was read in), the claims they
/// make, the founder lists they give, and the language of the document as a whole.
/// </summary>
public sealed record ExtractionResult(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<FounderList> FounderLists,
    string? MainSubject,
    DateOnly? DocumentDate)
{
    /// <summary>The language the document was read in (<c>en</c>, <c>fr</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>How each sentence was read (tokens, actors, dates), where <see cref="ExtractionOptions.Explain"/> asked for it.</summary>
    public IReadOnlyList<SentenceReading>? Readings { get; init; }

    /// <summary>How many sentences were read in each language.</summary>
    public IReadOnlyDictionary<string, int> Languages =>
        Sentences.Where(s => s.Language is not null).GroupBy(s => s.Language!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

/// <summary>How one sentence was read: its tokens, the actors named or pointed to, and its date phrases.</summary>
public sealed record SentenceReading(Sentence Sentence, IReadOnlyList<Token> Tokens, IReadOnlyList<Mention> Mentions, IReadOnlyList<DateExpression> Dates);
