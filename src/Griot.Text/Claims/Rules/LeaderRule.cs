using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>head_of_state</c>: a person the knowledge store knows, named with a word of office or of taking power
/// ("President X of Mali", "X took power in Burkina Faso in 2022", "Niger, led by X").
/// </summary>
public sealed class LeaderRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var offices = context.Words(WordClasses.Office).FindAll(context.Tokens).ToList();
        if (offices.Count == 0)
        {
            return;
        }

        foreach (var person in context.Mentions.Where(m => m.Kind == ActorKind.Person))
        {
            // "X overthrew Y": the one ousted was in office; "X, chef d'État du Burkina Faso": an apposition may run long.
            var (office, _, values) = offices.MinBy(o => Math.Abs(o.Index - person.First));
            if (Math.Abs(office - person.First) > 12 || values.Has("ousted") && person.First < office
                || !RuleSupport.Asserted(context, Math.Min(office, person.First), out var hedged))
            {
                continue;
            }

            var state = NearestState(context, person) ?? context.MainSubject;
            if (state is null)
            {
                continue;
            }

            var time = SentenceContext.TimeOf(context.NearestDate(Math.Max(office, person.Last)), values.Has("change"));
            sink.Add(context, state, Predicate.HeadOfState, person.ActorId, Qualifiers.Empty, time, context.TenseAt(office), hedged);
        }
    }

    private static string? NearestState(SentenceContext context, Mention person)
    {
        Mention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in context.Mentions)
        {
            if (!RuleSupport.State(m))
            {
                continue;
            }

            var distance = m.First > person.Last ? m.First - person.Last : person.First - m.Last;
            if (distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }

        return best?.ActorId;
    }
}
