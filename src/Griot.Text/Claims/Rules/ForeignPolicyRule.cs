using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>foreign_policy</c>: a doctrine ("non-alignment", "pan-Africanism", "socialism", "pragmatic", "regional
/// integration") named with a word of policy or commitment ("foreign policy", "committed to", "ideas such
/// as", "internationalism", "promoting").
/// </summary>
public sealed class ForeignPolicyRule : IClaimRule
{
    private static readonly PhraseTable<string> Doctrines = new PhraseTable<string>()
        .Add("socialism", "socialism", "socialist", "communism", "communist", "marxism", "marxist", "marxist-leninist",
            "marxism-leninism", "scientific socialism", "socialisme")
        .Add("non_alignment", "non-alignment", "nonalignment", "non-aligned", "nonaligned", "non alignment", "neutrality",
            "non-alignement", "neutral foreign policy")
        .Add("pan_africanism", "pan-africanism", "panafricanism", "pan-africanist", "pan-african", "pan africanism",
            "african unity", "panafricanisme", "pan-africanisme")
        .Add("decolonization", "decolonization", "decolonisation", "anti-colonialism", "anticolonialism", "anti-colonial",
            "anticolonial", "liberation wars", "liberation movements", "anti-imperialism", "anti-imperialist", "decolonisation")
        .Add("pragmatism", "pragmatic", "pragmatism", "pragmatically", "realpolitik", "more pragmatic")
        .Add("regional_integration", "regional integration", "continental integration", "regional and continental integration",
            "african integration", "economic integration", "sub-regional integration", "integration régionale",
            "regional economic integration", "west african integration");

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "policy", "policies", "diplomacy", "ideology", "ideologically", "ideological", "ideas", "idea", "internationalism",
        "doctrine", "committed", "commitment", "pursued", "pursues", "pursue", "pursuing", "promoted", "promoting", "promotes",
        "promote", "embraced", "embraces", "adopted", "adopts", "aligned", "aligning", "orientation", "championed", "champion",
        "champions", "moved", "shifted", "focused", "advocated", "advocates", "advocate", "principles", "principle", "stance",
        "course", "line", "approach", "followed", "follows", "espoused", "espouses", "favoured", "favored", "guided", "tradition",
        "outlook", "posture", "vision", "supported", "supports", "support", "backed", "backs", "defended", "defends",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        if (!context.Tokens.Exists(t => Cues.Contains(t.Norm)))
        {
            return;
        }

        foreach (var (index, _, doctrine) in Doctrines.FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var subject = RuleSupport.StateSubject(context, index, mainSubjectByDefault: true);
            if (subject is null)
            {
                continue;
            }

            var date = context.NearestDate(index);
            var sameClause = date is { } d && d.First >= context.ClauseStart(index) && d.First < context.ClauseEnd(index);
            sink.Add(context, subject, Predicate.ForeignPolicy, doctrine, Qualifiers.Empty,
                SentenceContext.TimeOf(sameClause ? date : null, change: false), context.TenseAt(index), hedged);
        }
    }
}
