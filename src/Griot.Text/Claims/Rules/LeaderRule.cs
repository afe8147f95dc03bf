using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>head_of_state</c>: a person the knowledge store knows, named with a word of office or of taking power
/// ("President X of Mali", "X took power in Burkina Faso in 2022", "Niger, led by X").
/// </summary>
public sealed class LeaderRule : IClaimRule
{
    private static readonly PhraseTable<bool> Office = new PhraseTable<bool>()
        .Add(true, "president", "presidents", "head of state", "leader", "ruler", "took power", "seized power", "came to power",
            "sworn in", "ruled", "rules", "led by", "headed by", "junta leader", "king", "emir", "elected", "re-elected",
            "presidency", "reign", "strongman", "dictator", "chairman", "interim president", "transitional president",
            "président", "chef de l'etat", "governed", "leads", "led", "succeeded", "replaced", "to power", "in power");

    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "took", "seized", "came", "sworn", "elected", "re-elected", "succeeded", "replaced", "to",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var offices = Office.FindAll(context.Tokens).ToList();
        if (offices.Count == 0)
        {
            return;
        }

        foreach (var person in context.Mentions.Where(m => m.Kind == ActorKind.Person))
        {
            var (office, _, _) = offices.MinBy(o => Math.Abs(o.Index - person.First));
            if (Math.Abs(office - person.First) > 8 || !RuleSupport.Asserted(context, Math.Min(office, person.First), out var hedged))
            {
                continue;
            }

            var state = NearestState(context, person) ?? context.MainSubject;
            if (state is null)
            {
                continue;
            }

            var change = Changes.Contains(context.Tokens[office].Norm);
            var time = SentenceContext.TimeOf(context.NearestDate(Math.Max(office, person.Last)), change);
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
