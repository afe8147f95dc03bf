using Griot.Core;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Text.Claims;

/// <summary>
/// A claim a sentence makes, in the knowledge base's terms, with the sentence as evidence.
/// <see cref="Valid"/> holds what the sentence says of time ("since 1960" is a start); <see cref="At"/> a
/// point the claim is said to hold on ("in 2019"). <see cref="Tense"/> says whether, without dates, the
/// claim speaks of the document's present or of the past.
/// </summary>
public sealed record Claim(
    string Subject,
    Predicate Predicate,
    string? Object,
    Qualifiers Qualifiers,
    ValidityInterval Valid,
    bool Hedged,
    Evidence Evidence)
{
    public PartialDate? At { get; init; }

    public Tense Tense { get; init; } = Tense.Unknown;

    /// <summary>The stance the claim gives, if any.</summary>
    public Stance? Stance => VocabularyNames.TryParse<Stance>(Qualifiers.Get("stance"), out var stance) ? stance : null;

    /// <summary>The trend the claim gives, if any.</summary>
    public Trend? Trend => VocabularyNames.TryParse<Trend>(Qualifiers.Get("trend"), out var trend) ? trend : null;

    /// <summary>For "surrounded by seven countries": the number of neighbours claimed (a <c>borders</c> claim without object).</summary>
    public int? Count => int.TryParse(Qualifiers.Get("count"), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The claim's key for comparing with another reading: subject, predicate, object (symmetric ones ordered).</summary>
    public string Key => Predicate.Symmetric || Predicate.AnsweredBothWays
        ? string.Join('|', new[] { Subject, Object ?? "" }.Order(StringComparer.Ordinal)) + "|" + Predicate.Id
        : $"{Subject}|{Predicate.Id}|{Object}";
}

/// <summary>The sentence a claim comes from: offsets <c>[Start, End)</c> into the document text.</summary>
public sealed record Evidence(int Start, int End, string Text);

public enum Tense
{
    Unknown,
    Present,
    Past,
}

/// <summary>
/// A list of founders as the text gives it ("Mali, Niger, Mauritania, Burkina Faso, and Niger came
/// together to form the G5 Sahel"), repeats included, so the checker can report a repeated or missing one.
/// </summary>
public sealed record FounderList(string Organization, IReadOnlyList<string> Listed, int FoundedClaim, Evidence Evidence);
