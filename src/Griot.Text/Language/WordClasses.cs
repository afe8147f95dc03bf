using System.Reflection;

namespace Griot.Text.Language;

/// <summary>
/// The names of the word classes the reading rules use. A language pack gives the words of each class
/// in its lexicon files (<c>data/language/CODE/*.tsv</c>); a class a language leaves empty is simply never
/// found. A lexicon entry of a class not named here is refused on load, so a typo cannot pass unseen.
/// What each class means, with examples, is in the header comment of the file that holds it.
/// </summary>
public static class WordClasses
{
    // Reading: words, sentences, language.
    public const string Detect = "detect";
    public const string Elision = "elision";
    public const string Abbreviation = "abbreviation";
    public const string Number = "number";
    public const string Determiner = "determiner";
    public const string PhraseSkip = "phrase.skip";

    // How sure, whether denied, when, and how clauses run.
    public const string Negation = "negation";
    public const string NegationAfter = "negation.after";
    public const string Modal = "modal";
    public const string ModalPerfect = "modal.perfect";
    public const string Intention = "intention";
    public const string Hedge = "hedge";
    public const string Hypothetical = "hypothetical";
    public const string ClauseBreak = "clause.break";
    public const string Relative = "clause.relative";
    public const string Coordination = "coordination";
    public const string ListGlue = "list.glue";
    public const string ListIntro = "list.intro";
    public const string TogetherWith = "together.with";
    public const string TensePresent = "tense.present";
    public const string TensePast = "tense.past";

    /// <summary>"still", "encore": what goes on at the time of writing, whatever the verb's tense ("encore stationnés … ont été invités").</summary>
    public const string TenseStill = "tense.still";

    // Who: words that point back to an actor, and names that are not actors.
    public const string AnaphorState = "anaphor.state";
    public const string AnaphorOrganization = "anaphor.organization";
    public const string AnaphorAny = "anaphor.any";
    public const string AnaphorGroup = "anaphor.group";
    public const string AnaphorMission = "anaphor.mission";
    public const string AnaphorPerson = "anaphor.person";
    public const string AnaphorImpersonal = "anaphor.impersonal";
    public const string Region = "region";
    public const string NotAfterState = "actor.not-after-state";
    public const string NotBeforeState = "actor.not-before-state";
    public const string AfterState = "actor.after-state";
    public const string River = "actor.river";
    public const string CombiningForm = "actor.combining-form";
    public const string PersonTitle = "actor.person-title";
    public const string Neighbours = "actor.neighbours";

    // When.
    public const string Month = "month";
    public const string DaySuffix = "date.day-suffix";
    public const string DateModifier = "date.modifier";
    public const string DateAt = "date.at";
    public const string DateSince = "date.since";
    public const string DateRange = "date.range";
    public const string DateRangeJoin = "date.range-join";
    public const string DateAfter = "date.after";
    public const string DateBefore = "date.before";
    public const string DateUntil = "date.until";
    public const string DateDecade = "date.decade";
    public const string DateCounted = "date.counted";
    public const string DateRelative = "date.relative";
    public const string DateUnit = "date.unit";
    public const string DateLater = "date.later";
    public const string Weekday = "date.weekday";

    // What: the words of each kind of claim.
    public const string Member = "member";
    public const string MemberReverse = "member.reverse";
    public const string MemberAs = "member.as";
    public const string MemberRole = "member.role";
    public const string MemberWord = "member.word";
    public const string MemberReference = "member.reference";
    public const string MemberEnded = "member.ended";
    public const string MemberRelative = "member.relative";
    public const string MemberWhich = "member.which";
    public const string OrganizationPart = "organization.part";
    public const string MemberIts = "member.its";
    public const string PresenceHosts = "presence.hosts";
    public const string SuspensionLifted = "suspension.lifted";
    public const string Suspension = "suspension";
    public const string Withdraw = "withdraw";
    public const string SuspendedFrom = "suspend.from";
    public const string Suspends = "suspend";
    public const string MembershipSuspended = "suspend.membership";
    public const string Found = "found";
    public const string FoundPassive = "found.passive";
    public const string FoundBy = "found.by";
    public const string Border = "border";
    public const string BorderCounted = "border.counted";
    public const string BorderHas = "border.has";
    public const string BorderNeighbours = "border.neighbours";
    public const string BorderNoun = "border.noun";
    public const string BorderPairBefore = "border.pair-before";
    public const string Stance = "stance";
    public const string StanceNegator = "stance.negator";
    public const string StanceStrategic = "stance.strategic";
    public const string RelationNoun = "relation.noun";
    public const string RelationModifier = "relation.modifier";
    public const string RelationVerb = "relation.verb";
    public const string RelationBetween = "relation.between";
    public const string RelationWith = "relation.with";
    public const string RelationOf = "relation.of";
    public const string Copula = "copula";
    public const string Trend = "trend";
    public const string TrendComparative = "trend.comparative";
    public const string TrendChange = "trend.change";
    public const string TrendIncreasing = "trend.increasing";
    public const string DiplomaticVerb = "diplomatic.verb";
    public const string DiplomaticNoun = "diplomatic.noun";
    public const string SupportReceive = "support.receive";
    public const string SupportFrom = "support.from";
    public const string SupportGive = "support.give";
    public const string SupportTo = "support.to";
    public const string SupportGiveDirect = "support.give-direct";
    public const string SupportBy = "support.by";
    public const string SupportDomain = "support.domain";
    public const string SupportAid = "support.aid";
    public const string SupportNoun = "support.noun";
    public const string SupportDonor = "support.donor";
    public const string SupportRequest = "support.request";
    public const string SupportNounBefore = "support.noun-before";
    public const string SupportOwn = "support.own";
    public const string IndependenceNoun = "independence.noun";
    public const string IndependenceGain = "independence.gain";
    public const string IndependenceFrom = "independence.from";
    public const string Secession = "independence.secede";
    public const string IndependenceGrant = "independence.grant";
    public const string IndependenceTo = "independence.to";
    public const string ColonialRule = "colonial.rule";
    public const string ColonialEnd = "colonial.end";
    public const string Colony = "colony";
    public const string ColonyOf = "colony.of";
    public const string FormerColony = "colony.former";
    public const string FormerRuler = "colonial.former-ruler";
    public const string Force = "presence.force";
    public const string Deploy = "presence.deploy";
    public const string PresenceHost = "presence.host";
    public const string ForceOwner = "presence.owner";
    public const string ForceOwnerAfter = "presence.owner-after";
    public const string PresenceAlongside = "presence.alongside";
    public const string PresenceTerritory = "presence.territory";
    public const string PresenceUnder = "presence.under";
    public const string PresenceLeaving = "presence.leaving";
    public const string PresenceBy = "presence.by";
    public const string PresenceLeft = "presence.left";
    public const string Threat = "threat";
    public const string Concern = "concern";
    public const string Doctrine = "doctrine";
    public const string Policy = "policy";
    public const string Office = "office";
    public const string OfficeWon = "office.won";
    public const string OfficeElection = "office.election";
    public const string OfficeWith = "office.with";
    public const string Coup = "coup";
    public const string CoupFailed = "coup.failed";
    public const string CoupMilitary = "coup.military";
    public const string CoupRuler = "coup.ruler";
    public const string CoupIn = "coup.in";
    public const string CoupExperienced = "coup.experienced";

    /// <summary>Every class name above.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(WordClasses)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
