using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>
/// Checks claims against the knowledge store. A claim is judged at its own time where the text gives one
/// ("in 2014", "since 1960"), over the past where it is in the past tense, and otherwise on the document's
/// date (today where that is not known). Closed-world predicates (borders, founders of an organization with
/// a known founding, independence) contradict what they do not hold; the others leave it unverified.
/// A checker reads what the store holds about each actor once and keeps it for every document it checks after
/// (thread-safe): make a new one once the store has changed.
/// </summary>
public sealed class ClaimChecker
{
    private readonly KnowledgeCache _knowledge;
    private readonly Names _names;

    public ClaimChecker(IKnowledgeReader store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _knowledge = new KnowledgeCache(store);
        _names = new Names(store);
    }

    /// <param name="today">The day to judge present-tense claims on where the document's date is not known.</param>
    public async Task<CheckResult> CheckAsync(ExtractionResult extraction, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var judgedOn = extraction.DocumentDate ?? today;
        var (knowledge, names) = (_knowledge, _names);
        var verdicts = new List<ClaimVerdict>(extraction.Claims.Count);
        foreach (var claim in extraction.Claims)
        {
            var statements = await knowledge.AboutAsync(claim.Subject, cancellationToken);
            var rules = new VerdictRules(claim, statements, judgedOn, names);
            verdicts.Add(await rules.JudgeAsync(knowledge, cancellationToken));
        }

        var conflicts = new List<Conflict>(ConflictFinder.Find(extraction.Claims));
        foreach (var list in extraction.FounderLists)
        {
            conflicts.AddRange(await FounderListProblemsAsync(list, knowledge, names, cancellationToken));
        }

        // A founding claim whose list is wrong says so in its own reason too.
        foreach (var conflict in conflicts.Where(c => c.Claims.Count == 1))
        {
            var index = conflict.Claims[0];
            var v = verdicts[index];
            verdicts[index] = v with { Why = v.Why.WithNote(conflict.Why) };
        }

        return new CheckResult(extraction, verdicts, conflicts, judgedOn);
    }

    private static async Task<IEnumerable<Conflict>> FounderListProblemsAsync(FounderList list, KnowledgeCache knowledge, Names names, CancellationToken cancellationToken)
    {
        var problems = new List<Conflict>();
        var organization = await names.OfAsync(list.Organization, cancellationToken);
        var repeated = list.Listed.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var id in repeated)
        {
            problems.Add(new Conflict([list.FoundedClaim],
                VerdictReason.Of(ReasonCodes.FoundersNamedTwice, ("organization", organization), ("actor", await names.OfAsync(id, cancellationToken)))));
        }

        var founders = await knowledge.FoundersAsync(list.Organization, cancellationToken);
        var missing = founders.Where(f => !list.Listed.Contains(f, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 && founders.Count > 0)
        {
            var missingNames = new List<string>();
            foreach (var id in missing)
            {
                missingNames.Add(await names.OfAsync(id, cancellationToken));
            }

            // One founder or several: the languages word them apart ("founding member" / "founding members").
            var left = string.Join(", ", missingNames);
            problems.Add(new Conflict([list.FoundedClaim], VerdictReason.Of(ReasonCodes.FoundersLeftOut,
                ("organization", organization), (missing.Count > 1 ? "founders" : "founder", left))));
        }

        return problems;
    }
}
