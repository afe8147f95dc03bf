using Griot.Core.Actors;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>
/// Who "it", "the country", "the alliance" and "the three countries" point to, sentence after sentence.
/// A document starts with its subject — the actor its title names, else the state it names first — and each
/// sentence that opens on a state, an organization or a mission makes that one its topic. A pronoun that
/// opens a sentence ("It was created in 2014") points to the topic; one after a name in the same sentence
/// points to the first state and the first organization named before it (so that a rule finds the kind it
/// needs: "Mali joined ECOWAS in 1975 and left it in 2025"), and a possessive ("its independence") to the
/// nearest actor named before it. "The country" points to the document's state, "the alliance" to the
/// organization spoken of, and a group phrase ("all three member states") to the last states named together.
/// </summary>
internal sealed class Coreference
{
    /// <summary>How far into a sentence an actor still stands where its subject does.</summary>
    private const int SubjectReach = 8;

    private readonly string? _main;
    private readonly List<List<string>> _groups = [];
    private readonly List<List<string>> _organizationGroups = [];
    private (string Id, ActorKind Kind)? _topic;
    private string? _mission;
    private readonly bool _missionDocument;
    private readonly string? _titleOrganization;

    public Coreference(string? state, string? organization, (string Id, ActorKind Kind)? topic)
    {
        _main = state;
        State = state;
        Organization = organization;
        _topic = topic ?? (state is null ? null : (state, ActorKind.State));
        _mission = topic is { Kind: ActorKind.Mission } m ? m.Id : null;
        _missionDocument = _mission is not null;
        _person = topic is { Kind: ActorKind.Person } p ? p.Id : null;
        _titleOrganization = topic is { Kind: ActorKind.Organization } o ? o.Id : null;
    }

    /// <summary>
    /// Whether the document is about a state (or a person, or nothing its title names), so that a claim that names
    /// no state is about the document's state; a text about an organization or a mission has no such default.
    /// </summary>
    public bool TopicIsState => _titleOrganization is null && !_missionDocument;

    /// <summary>The state spoken of now.</summary>
    public string? State { get; private set; }

    /// <summary>The organization spoken of now.</summary>
    public string? Organization { get; private set; }

    private static bool Referent(Mention m) => m.Kind is ActorKind.State or ActorKind.Organization or ActorKind.Mission or ActorKind.Person && m.Type is not (MentionType.Capital or MentionType.Place);

    private string? _person;
    private string? _lastPerson;
    private List<string> _previousStates = [];
    private readonly List<Mention> _added = [];
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);

    /// <summary>Adds to <paramref name="mentions"/> the actors the sentence's pronouns and descriptions point to.</summary>
    public void Resolve(List<Token> tokens, List<Mention> mentions, Lexicon lexicon)
    {
        Surnames(tokens, mentions);

        // The names of the sentence; what pronouns point to is added at the end.
        var named = mentions;
        var added = _added;
        added.Clear();
        foreach (var (index, length, _) in lexicon[WordClasses.AnaphorState].FindAll(tokens))
        {
            if (Free(named, index, length) && (_main ?? State) is { } s)
            {
                added.Add(new Mention(index, index + length - 1, s, ActorKind.State, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, values) in lexicon[WordClasses.AnaphorOrganization].FindAll(tokens))
        {
            // "The union was established in 1975", in a text about ECOWAS; not "l'union douanière de l'ouest africain".
            var organization = values.Has("title-only")
                ? (index + length >= tokens.Count || VerbFollows(tokens, index + length, lexicon) ? _titleOrganization ?? (_topic is null or { Kind: ActorKind.State or ActorKind.Person } ? Organization : null) : null)
                : Organization ?? Before(named, index, ActorKind.Organization, nearest: true)?.ActorId;
            if (Free(named, index, length) && organization is { } o)
            {
                added.Add(new Mention(index, index + length - 1, o, ActorKind.Organization, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, personValues) in lexicon[WordClasses.AnaphorPerson].FindAll(tokens))
        {
            // "Ce dernier", "the latter": the person named last, wherever in the sentence before.
            if (Free(named, index, length) && (Before(named, index, ActorKind.Person, nearest: true)?.ActorId ?? (personValues.Has("last") ? _lastPerson ?? _person : _person)) is { } p)
            {
                added.Add(new Mention(index, index + length - 1, p, ActorKind.Person, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, _) in lexicon[WordClasses.AnaphorMission].FindAll(tokens))
        {
            if (Free(named, index, length) && (Before(named, index, ActorKind.Mission, nearest: true)?.ActorId ?? _mission) is { } m)
            {
                added.Add(new Mention(index, index + length - 1, m, ActorKind.Mission, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, values) in lexicon[WordClasses.AnaphorGroup].FindAll(tokens))
        {
            var count = values.Int("count");
            var kind = values.Get("kind") == "organization" ? ActorKind.Organization : ActorKind.State;
            var groups = kind == ActorKind.Organization ? _organizationGroups : _groups;
            // "Les relations entre les deux pays": the last group of that size named together, else the states of the
            // sentence before where it named just that many.
            var group = Runs(named, tokens, kind, index, lexicon).LastOrDefault(g => count is null || g.Count == count) ?? groups.LastOrDefault(g => count is null || g.Count == count)
                ?? (kind == ActorKind.State && count is { } n && _previousStates.Count == n ? _previousStates : null);
            if (Free(named, index, length) && group is not null)
            {
                added.AddRange(group.Select(id => new Mention(index, index + length - 1, id, kind, MentionType.Anaphor)));
            }
        }

        foreach (var (index, length, values) in lexicon[WordClasses.AnaphorAny].FindAll(tokens))
        {
            if (!Free(named, index, length) || lexicon[WordClasses.AnaphorImpersonal].StartsAt(tokens, index))
            {
                continue;
            }

            var (first, last) = (index, index + length - 1);
            if (values.Has("possessive") && Before(named, index, null, nearest: true) is { } nearest)
            {
                added.Add(new Mention(first, last, nearest.ActorId, nearest.Kind, MentionType.Anaphor));
            }
            else if (AnyReferentBefore(named, index))
            {
                // "The African Union includes it": a state or an organization not named before is the one spoken of.
                foreach (var kind in PronounKinds)
                {
                    var id = Before(named, index, kind, nearest: false)?.ActorId
                        ?? kind switch { ActorKind.State => State, ActorKind.Organization => Organization, _ => null };
                    if (id is not null)
                    {
                        added.Add(new Mention(first, last, id, kind, MentionType.Anaphor));
                    }
                }
            }
            else if (Cataphora(named, tokens, index) is { } ahead)
            {
                added.Add(new Mention(first, last, ahead.ActorId, ahead.Kind, MentionType.Anaphor));
            }
            else if (_topic is { } topic)
            {
                added.Add(new Mention(first, last, topic.Id, topic.Kind, MentionType.Anaphor));
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort(ByPosition);
        }
    }

    private static bool AnyReferentBefore(List<Mention> named, int index)
    {
        foreach (var m in named)
        {
            if (m.Last < index && Referent(m))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ActorKind[] PronounKinds = [ActorKind.State, ActorKind.Organization, ActorKind.Mission, ActorKind.Person];

    private static readonly Comparison<Mention> ByPosition = (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last);

    /// <summary>"Keïta", "TOURE" after the person was named in full: the person.</summary>
    private void Surnames(List<Token> tokens, List<Mention> mentions)
    {
        if (_surnames.Count == 0)
        {
            return;
        }

        var found = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsWord && t.Capitalized && _surnames.TryGetValue(t.Norm, out var person) && Free(mentions, k, 1))
            {
                mentions.Add(new Mention(k, k, person, ActorKind.Person, MentionType.Name));
                found = true;
            }
        }

        if (found)
        {
            mentions.Sort(ByPosition);
        }
    }

    /// <summary>
    /// After a sentence is read: the people it names in full may be named by their last name from now on; where
    /// it is prose, the actor it opens on is its topic and its groups of states and organizations are kept.
    /// </summary>
    public void Read(List<Token> tokens, List<Mention> mentions, Lexicon lexicon, bool prose = true)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == ActorKind.Person && m.Type == MentionType.Name && m.Last > m.First)
            {
                _surnames[tokens[m.Last].Norm] = m.ActorId;
            }
        }

        if (!prose)
        {
            return;
        }

        if (mentions.FirstOrDefault(Referent) is { ActorId: not null } opening && opening.First < SubjectReach)
        {
            _topic = (opening.ActorId, opening.Kind);
        }

        if (mentions.FirstOrDefault(m => m.Kind == ActorKind.Person) is { ActorId: not null } person && person.First < SubjectReach)
        {
            _person = person.ActorId;
        }

        if (mentions.LastOrDefault(m => m.Kind == ActorKind.Person) is { ActorId: not null } lastPerson)
        {
            _lastPerson = lastPerson.ActorId;
        }

        // In a document about a mission, "the operation" stays that mission.
        if (!_missionDocument && mentions.FirstOrDefault(m => m.Kind == ActorKind.Mission) is { ActorId: not null } mission)
        {
            _mission = mission.ActorId;
        }

        if (mentions.FirstOrDefault(m => m.Kind == ActorKind.State && m.Type != MentionType.Place) is { ActorId: not null } s && s.First < SubjectReach)
        {
            State = s.ActorId;
        }

        var organization = mentions.FirstOrDefault(m => m.Kind == ActorKind.Organization);
        if (organization.ActorId is not null && (organization.First < SubjectReach || Organization is null))
        {
            Organization = organization.ActorId;
        }

        foreach (var group in Runs(mentions, tokens, ActorKind.State, int.MaxValue, lexicon))
        {
            Keep(_groups, group);
        }

        _previousStates = [];
        foreach (var m in mentions)
        {
            if (m.Kind == ActorKind.State && m.Type is not (MentionType.Anaphor or MentionType.Place) && !_previousStates.Contains(m.ActorId))
            {
                _previousStates.Add(m.ActorId);
            }
        }

        foreach (var group in Runs(mentions, tokens, ActorKind.Organization, int.MaxValue, lexicon))
        {
            Keep(_organizationGroups, group);
        }
    }

    /// <summary>The runs of two or more actors of a kind named together before <paramref name="before"/> ("Mali, Niger and Burkina Faso").</summary>
    private static List<List<string>> Runs(List<Mention> mentions, List<Token> tokens, ActorKind kind, int before, Lexicon lexicon)
    {
        var glue = lexicon[WordClasses.ListGlue];
        var coordination = lexicon[WordClasses.Coordination];
        List<List<string>>? runs = null;
        List<string>? run = null;
        var last = -1;
        foreach (var m in mentions)
        {
            if (m.Kind != kind || m.Type == MentionType.Anaphor || m.Last >= before)
            {
                continue;
            }

            if (run is not null && !Joined(tokens, last + 1, m.First, glue, coordination))
            {
                if (run.Count >= 2)
                {
                    (runs ??= []).Add(run);
                }

                run = null;
            }

            run ??= [];
            if (!run.Contains(m.ActorId))
            {
                run.Add(m.ActorId);
            }

            last = m.Last;
        }

        if (run is { Count: >= 2 })
        {
            (runs ??= []).Add(run);
        }

        return runs ?? NoRuns;
    }

    private static readonly List<List<string>> NoRuns = [];

    private static void Keep(List<List<string>> groups, List<string> group)
    {
        groups.Add(group);
        if (groups.Count > 4)
        {
            groups.RemoveAt(0);
        }
    }

    private static bool Joined(List<Token> tokens, int from, int to, WordClass glue, WordClass coordination)
    {
        var coordinated = false;
        for (var k = from; k < to; k++)
        {
            if (!glue.Contains(tokens[k]))
            {
                return false;
            }

            coordinated |= coordination.Contains(tokens[k]);
        }

        return coordinated;
    }

    /// <summary>
    /// "Despite gaining its independence in 1960, Mali has …": a pronoun in a phrase that opens the sentence points
    /// to the actor the main clause opens on, right after the comma.
    /// </summary>
    private static Mention? Cataphora(List<Mention> named, List<Token> tokens, int index)
    {
        if (index == 0 || index > 6 || tokens.FindIndex(0, index, t => t.Is(",")) >= 0)
        {
            return null;
        }

        var comma = tokens.FindIndex(index, t => t.Is(","));
        if (comma < 0 || comma > index + 15)
        {
            return null;
        }

        var first = named.FirstOrDefault(m => m.First > comma && Referent(m));
        return first.ActorId is not null && first.First <= comma + 3 ? first : null;
    }

    private static bool VerbFollows(List<Token> tokens, int k, Lexicon lexicon) =>
        tokens[k].Is("'s") || tokens[k].Kind == TokenKind.Punctuation
        || lexicon[WordClasses.TensePresent].Contains(tokens[k]) || lexicon[WordClasses.TensePast].Contains(tokens[k]) || lexicon[WordClasses.Copula].Contains(tokens[k]);

    private static bool Free(List<Mention> named, int index, int length)
    {
        foreach (var m in named)
        {
            if (m.First <= index + length - 1 && index <= m.Last)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The actor of a kind (any that a pronoun stands for, where null) named before <paramref name="index"/>: the first, or the nearest.</summary>
    private static Mention? Before(List<Mention> named, int index, ActorKind? kind, bool nearest)
    {
        Mention? found = null;
        foreach (var m in named)
        {
            if (m.Last >= index)
            {
                break;
            }

            if (kind is null ? Referent(m) : m.Kind == kind)
            {
                found = m;
                if (!nearest)
                {
                    return found;
                }
            }
        }

        return found;
    }
}
