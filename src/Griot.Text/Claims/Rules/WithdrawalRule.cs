using Griot.Core.Statements;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>withdrew_from</c> and <c>suspended_from</c>: "withdrew from ECOWAS", "quit", "pulled out of", "left the
/// G5 Sahel"; "was suspended from the AU", "ECOWAS suspended Mali".
/// </summary>
public sealed class WithdrawalRule : IClaimRule
{
    private static readonly PhraseTable<bool> Withdrew = new PhraseTable<bool>()
        .Add(true, "withdrew from", "withdrawn from", "withdrawal from", "withdraws from", "withdrawing from", "withdraw from",
            "left", "leaves", "leaving", "quit", "quits", "quitting", "pulled out of", "pulls out of", "pulling out of", "exited",
            "exit from", "exits", "exiting", "departure from", "renounced its membership of", "ended its membership of",
            "terminated its membership of", "retired from", "seceded from", "se retire de", "s'est retire de", "retrait de");

    private static readonly PhraseTable<bool> SuspendedFrom = new PhraseTable<bool>()
        .Add(true, "suspended from", "suspension from", "was suspended by", "were suspended by", "suspended by",
            "has been suspended from", "remains suspended from", "suspendu de", "expelled from");

    private static readonly PhraseTable<bool> Suspends = new PhraseTable<bool>()
        .Add(true, "suspended", "suspends", "suspend", "suspension of", "expelled");

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        Read(context, sink, Withdrew, Predicate.WithdrewFrom);
        Read(context, sink, SuspendedFrom, Predicate.SuspendedFrom);
        foreach (var (index, length, _) in Suspends.FindAll(context.Tokens))
        {
            if (context.Consumed(index))
            {
                continue;
            }

            var organization = context.SubjectBefore(index, RuleSupport.Organization);
            var states = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (organization is { } o && states.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                var time = SentenceContext.TimeOf(context.NearestDate(index), change: true);
                foreach (var state in states)
                {
                    sink.Add(context, state.ActorId, Predicate.SuspendedFrom, o.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }

    private static void Read(SentenceContext context, ClaimSink sink, PhraseTable<bool> phrases, Predicate predicate)
    {
        foreach (var (index, length, _) in phrases.FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index))
            {
                continue;
            }

            var organizations = context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 2);
            var subjects = context.SubjectGroupBefore(index, RuleSupport.State);
            if (organizations.Count == 0 || subjects.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            context.Consume(index, length);
            var time = SentenceContext.TimeOf(context.NearestDate(index), change: true);
            foreach (var subject in subjects)
            {
                foreach (var organization in organizations)
                {
                    sink.Add(context, subject.ActorId, predicate, organization.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }
}
