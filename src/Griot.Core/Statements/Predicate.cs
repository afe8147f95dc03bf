using Griot.Core.Actors;

namespace Griot.Core.Statements;

/// <summary>
/// A predicate of VOCABULARY.md with the shape of its statements: who may be its subject, what its
/// object is, which qualifiers it takes, whether it is answered both ways and whether the knowledge
/// base holds its complete list (closed world).
/// </summary>
public sealed record Predicate
{
    private Predicate(
        string id,
        IReadOnlySet<ActorKind>? subjectKinds,
        ObjectKind objectKind,
        IReadOnlySet<ActorKind>? objectKinds = null,
        IReadOnlyList<string>? objectValues = null,
        IReadOnlyList<QualifierDefinition>? qualifiers = null,
        bool symmetric = false,
        bool answeredBothWays = false,
        bool closedWorld = false,
        bool isEvent = false,
        string? wikidataProperty = null,
        bool networkTie = false)
    {
        Id = id;
        SubjectKinds = subjectKinds;
        ObjectKind = objectKind;
        ObjectKinds = objectKinds;
        ObjectValues = objectValues ?? [];
        Qualifiers = qualifiers ?? [];
        Symmetric = symmetric;
        AnsweredBothWays = symmetric || answeredBothWays;
        ClosedWorld = closedWorld;
        IsEvent = isEvent;
        WikidataProperty = wikidataProperty;
        NetworkTie = networkTie;
    }

    public string Id { get; }

    /// <summary>The kinds of actor that may be the subject; null for any.</summary>
    public IReadOnlySet<ActorKind>? SubjectKinds { get; }

    public ObjectKind ObjectKind { get; }

    /// <summary>The kinds of actor that may be the object, for <see cref="ObjectKind.Actor"/>; null for any.</summary>
    public IReadOnlySet<ActorKind>? ObjectKinds { get; }

    /// <summary>The allowed values, for <see cref="ObjectKind.Value"/>.</summary>
    public IReadOnlyList<string> ObjectValues { get; }

    public IReadOnlyList<QualifierDefinition> Qualifiers { get; }

    /// <summary>Stored once with subject and object in id order, and answered both ways (<c>borders</c>).</summary>
    public bool Symmetric { get; }

    /// <summary>Answered from either side, though stored as written (<c>borders</c>, <c>relation</c>).</summary>
    public bool AnsweredBothWays { get; }

    /// <summary>The knowledge base holds the complete list, so a statement outside it is false.</summary>
    public bool ClosedWorld { get; }

    /// <summary>A dated event: its date is the interval's start (<c>founded</c>, <c>coup</c>, <c>independence_from</c>).</summary>
    public bool IsEvent { get; }

    public string? WikidataProperty { get; }

    /// <summary>A tie between two actors that the network view draws and walks (membership, border, relation, presence…).</summary>
    public bool NetworkTie { get; }

    public QualifierDefinition? FindQualifier(string name) => Qualifiers.FirstOrDefault(q => q.Name == name);

    private static readonly HashSet<ActorKind> States = [ActorKind.State];
    private static readonly HashSet<ActorKind> Organizations = [ActorKind.Organization];

    public static Predicate MemberOf { get; } = new("member_of", null, ObjectKind.Actor, Organizations,
        qualifiers: [QualifierDefinition.Choice("role", ["member", "founding_member", "observer", "associate"])],
        wikidataProperty: "P463", networkTie: true);

    public static Predicate SuspendedFrom { get; } = new("suspended_from", States, ObjectKind.Actor, Organizations, networkTie: true);

    public static Predicate WithdrewFrom { get; } = new("withdrew_from", States, ObjectKind.Actor, Organizations,
        qualifiers: [QualifierDefinition.Date("announced"), QualifierDefinition.Date("effective")]);

    public static Predicate Founded { get; } = new("founded", Organizations, ObjectKind.None,
        isEvent: true, wikidataProperty: "P571");

    public static Predicate Borders { get; } = new("borders", States, ObjectKind.Actor, States,
        symmetric: true, closedWorld: true, wikidataProperty: "P47", networkTie: true);

    public static Predicate Relation { get; } = new("relation", States, ObjectKind.Actor, States,
        qualifiers:
        [
            QualifierDefinition.Choice("stance", VocabularyNames.All<Stance>()),
            QualifierDefinition.Choice("trend", VocabularyNames.All<Trend>()),
        ],
        answeredBothWays: true, wikidataProperty: "P530", networkTie: true);

    public static Predicate ReceivesSupportFrom { get; } = new("receives_support_from", null, ObjectKind.Actor,
        qualifiers: [QualifierDefinition.Choice("domain", ["economic", "security", "military", "humanitarian", "diplomatic", "development"])],
        networkTie: true);

    /// <summary><c>recognized</c>: the day the former ruler recognised an independence proclaimed before (Guinea-Bissau, 1973 and 1974).</summary>
    public static Predicate IndependenceFrom { get; } = new("independence_from", States, ObjectKind.Actor, States,
        qualifiers: [QualifierDefinition.Date("recognized")], closedWorld: true, isEvent: true);

    /// <summary><c>operator</c>: the state whose forces a mission is (Operation Barkhane: France), so that "French troops in Chad in 1986" is held by Operation Épervier.</summary>
    public static Predicate MilitaryPresenceIn { get; } = new("military_presence_in",
        new HashSet<ActorKind> { ActorKind.State, ActorKind.Mission, ActorKind.Company }, ObjectKind.Actor, States,
        qualifiers: [QualifierDefinition.ActorRef("operator")], networkTie: true);

    public static Predicate SecurityConcern { get; } = new("security_concern", States, ObjectKind.Value,
        objectValues: ["terrorism", "insurgency", "banditry", "drug_trafficking", "border_insecurity", "separatism"],
        qualifiers: [QualifierDefinition.ActorRef("about")]);

    public static Predicate ForeignPolicy { get; } = new("foreign_policy", States, ObjectKind.Value,
        objectValues: ["socialism", "non_alignment", "pan_africanism", "decolonization", "pragmatism", "regional_integration"]);

    public static Predicate HeadOfState { get; } = new("head_of_state", States, ObjectKind.Actor,
        new HashSet<ActorKind> { ActorKind.Person }, wikidataProperty: "P35", networkTie: true);

    public static Predicate Coup { get; } = new("coup", States, ObjectKind.None, isEvent: true);

    /// <summary>The acts a <see cref="DiplomaticAct"/> names in its <c>act</c> qualifier.</summary>
    public static IReadOnlyList<string> DiplomaticActs { get; } =
    [
        "relations_established", "relations_severed", "relations_restored", "ambassador_expelled", "ambassador_recalled",
        "ambassador_summoned", "cooperation_suspended", "agreement_ended", "sanctions_imposed", "sanctions_lifted", "troops_ordered_out",
    ];

    /// <summary>
    /// A dated act of diplomacy by a state (or an organization, for sanctions) towards a state: relations severed,
    /// an ambassador expelled, sanctions imposed. Its date is the interval's start; <c>about</c> names the
    /// agreement, mission or force concerned where there is one.
    /// </summary>
    public static Predicate DiplomaticAct { get; } = new("diplomatic_act", new HashSet<ActorKind> { ActorKind.State, ActorKind.Organization },
        ObjectKind.Actor, States,
        qualifiers: [QualifierDefinition.Choice("act", DiplomaticActs), QualifierDefinition.ActorRef("about")],
        isEvent: true);

    /// <summary>Every predicate, in VOCABULARY.md's order.</summary>
    public static IReadOnlyList<Predicate> All { get; } =
    [
        MemberOf, SuspendedFrom, WithdrewFrom, Founded, Borders, Relation, ReceivesSupportFrom,
        IndependenceFrom, MilitaryPresenceIn, SecurityConcern, ForeignPolicy, HeadOfState, Coup, DiplomaticAct,
    ];

    private static readonly Dictionary<string, Predicate> ById = All.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static bool TryGet(string? id, out Predicate predicate)
    {
        predicate = null!;
        return id is not null && ById.TryGetValue(id, out predicate!);
    }

    public static Predicate Get(string id) =>
        TryGet(id, out var p) ? p : throw new ArgumentException($"unknown predicate '{id}'", nameof(id));

    public override string ToString() => Id;
}
