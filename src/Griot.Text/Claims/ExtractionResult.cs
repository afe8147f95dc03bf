using Griot.Text.Documents;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>What was read from one document: its sentences, the claims they make, the founder lists they give.</summary>
public sealed record ExtractionResult(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<FounderList> FounderLists,
    string? MainSubject,
    DateOnly? DocumentDate);
