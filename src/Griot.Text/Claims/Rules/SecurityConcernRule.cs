using Griot.Core.Statements;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>security_concern</c>: a threat ("terrorism", "banditry", "drug trafficking", "the security of its
/// borders") named together with a word of concern or struggle ("worried about", "threatened by", "the fight
/// against"); the subject is the state the sentence names, else the document's subject.
/// </summary>
public sealed class SecurityConcernRule : IClaimRule
{
    private static readonly PhraseTable<string> Threats = new PhraseTable<string>()
        .Add("terrorism", "terrorism", "terrorist", "terrorists", "jihadism", "jihadist", "jihadists", "jihadi", "jihadis",
            "islamist militants", "islamist groups", "islamist violence", "extremism", "violent extremism", "counter-terrorism",
            "counterterrorism", "terrorist attacks", "terrorisme", "al-qaeda", "islamic state")
        .Add("insurgency", "insurgency", "insurgencies", "insurgents", "insurgent", "rebellion", "rebellions", "rebels", "rebel",
            "armed groups", "militants", "militancy", "uprising", "jihadist insurgency", "islamist insurgency", "rebellion in the north")
        .Add("banditry", "banditry", "bandits", "armed robbery", "kidnappings", "kidnapping", "cattle rustling", "criminal gangs",
            "armed gangs", "gangs", "bandit", "highway robbery", "kidnap", "kidnappers")
        .Add("drug_trafficking", "drug trafficking", "drug-trafficking", "drug traffickers", "narcotics trafficking", "drug smuggling",
            "narcotrafficking", "narco-trafficking", "cocaine trafficking", "trafficking in drugs", "drugs", "narcotics", "trafficking")
        .Add("separatism", "separatism", "separatist", "separatists", "secession", "secessionist", "secessionists",
            "independence movement", "separatist rebellion")
        .Add("border_insecurity", "security of its borders", "security of their borders", "security of the border",
            "border security", "border insecurity", "porous borders", "porous border", "border not being safe",
            "insecure borders", "insecurity along its borders", "insecurity along the border", "cross-border attacks",
            "border incursions", "cross-border raids", "safety of its borders", "border not being secure", "borders are porous");

    private static readonly HashSet<string> Concern = new(StringComparer.Ordinal)
    {
        "worried", "worries", "worry", "worrying", "concern", "concerns", "concerned", "threat", "threats", "threatened",
        "threatens", "threatening", "fight", "fighting", "fights", "combat", "combating", "combatting", "struggle", "struggles",
        "struggling", "problem", "problems", "attacks", "attack", "menace", "insecurity", "plagued", "faces", "facing", "face",
        "confronted", "confronts", "suffer", "suffers", "suffered", "danger", "dangers", "risk", "risks", "troubled", "battle",
        "battling", "war", "against", "counter", "countering", "challenge", "challenges", "hit", "affected", "beset", "grappling",
        "grapples", "destabilised", "destabilized", "violence", "priority", "fear", "fears", "feared", "alarmed", "safe",
        "unsafe", "counter-terrorism", "counterterrorism", "crisis", "struggled", "battled", "grappled", "contended",
        "wrestled", "fought", "confronting", "contending", "endured", "endures",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        List<(int Index, string Threat)>? threats = null;
        foreach (var (index, _, threat) in Threats.FindAll(context.Tokens))
        {
            if (!context.IsInsideMention(index))
            {
                (threats ??= []).Add((index, threat));
            }
        }

        if (threats is null || !HasConcern(context))
        {
            return;
        }

        foreach (var (index, threat) in threats)
        {
            // A threat is denied right before it ("no terrorism"), not by a "not" elsewhere in the sentence.
            if (index > 0 && context.Tokens[index - 1].Norm is "no" or "not" or "without" || context.ModalityAt(index) == Modality.Unreal)
            {
                continue;
            }

            var hedged = context.ModalityAt(index) == Modality.Hedged;

            var subject = RuleSupport.StateSubject(context, index, mainSubjectByDefault: true);
            if (subject is not null)
            {
                sink.Add(context, subject, Predicate.SecurityConcern, threat, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(index), change: false), context.TenseAt(index), hedged);
            }
        }
    }

    private static bool HasConcern(SentenceContext context)
    {
        foreach (var token in context.Tokens)
        {
            if (Concern.Contains(token.Norm))
            {
                return true;
            }
        }

        return false;
    }
}
