using Griot.Core.Statements;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>A document's claims with their verdicts, and the claims of it that cannot all hold.</summary>
/// <param name="JudgedOn">The day present-tense claims were judged on: the document's date, else the as-of day.</param>
public sealed record CheckResult(ExtractionResult Extraction, IReadOnlyList<ClaimVerdict> Verdicts, IReadOnlyList<Conflict> Conflicts, DateOnly JudgedOn);

/// <summary>The verdict on one claim, why, and the ids of the statements it was checked against.</summary>
public sealed record ClaimVerdict(Verdict Verdict, string Reason, IReadOnlyList<string> Matches);

/// <summary>Claims of one document (indices into its claims) that cannot all hold, or a list that is wrong in itself.</summary>
public sealed record Conflict(IReadOnlyList<int> Claims, string Reason);
