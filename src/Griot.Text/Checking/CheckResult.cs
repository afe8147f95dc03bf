using Griot.Core.Statements;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>A document's claims with their verdicts, and the claims of it that cannot all hold.</summary>
/// <param name="JudgedOn">The day present-tense claims were judged on: the document's date, else the as-of day.</param>
public sealed record CheckResult(ExtractionResult Extraction, IReadOnlyList<ClaimVerdict> Verdicts, IReadOnlyList<Conflict> Conflicts, DateOnly JudgedOn);

/// <summary>The verdict on one claim, why (a code with arguments), and the ids of the statements it was checked against.</summary>
public sealed record ClaimVerdict(Verdict Verdict, VerdictReason Why, IReadOnlyList<string> Matches)
{
    /// <summary>Why, in English (<see cref="VerdictReason.Text"/>).</summary>
    public string Reason => Why.Text;
}

/// <summary>Claims of one document (indices into its claims) that cannot all hold, or a list that is wrong in itself.</summary>
public sealed record Conflict(IReadOnlyList<int> Claims, VerdictReason Why)
{
    /// <summary>Why, in English (<see cref="VerdictReason.Text"/>).</summary>
    public string Reason => Why.Text;
}
