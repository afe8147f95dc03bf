using Griot.Core.Actors;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>
/// Who "it", "the country", "the alliance" and "the three countries" point to, sentence after sentence.
/// A document starts with its subjects — the state and the organization its title names, else the first it
/// names — and each sentence that opens on another state or organization makes that one the one spoken of.
/// "The country" points to the document's state; "the alliance" to the organization spoken of. "It" points to the state or the organization a rule needs: the first named before it in the sentence
/// (the nearest, for a possessive such as "its"), else the one spoken of. A group phrase points to the last
/// states named together ("formed between Mali, Niger and Burkina Faso … all three member states").
/// </summary>
internal sealed class Coreference(string? state, string? organization)
{
    private readonly string? _main = state;

    /// <summary>How far into a sentence an actor still stands where its subject does.</summary>
    private const int SubjectReach = 8;

    private readonly List<List<string>> _groups = [];

    /// <summary>The state spoken of now.</summary>
    public string? State { get; private set; } = state;

    /// <summary>The organization spoken of now.</summary>
    public string? Organization { get; private set; } = organization;

    /// <summary>Adds to <paramref name="mentions"/> the actors the sentence's pronouns and descriptions point to.</summary>
    public void Resolve(List<Token> tokens, List<Mention> mentions, Lexicon lexicon)
    {
        var named = mentions.ToList();
        var added = new List<Mention>();
        foreach (var (index, length, _) in lexicon[WordClasses.AnaphorState].FindAll(tokens))
        {
            if (Free(named, index, length) && (_main ?? State) is { } s)
            {
                added.Add(new Mention(index, index + length - 1, s, ActorKind.State, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, _) in lexicon[WordClasses.AnaphorOrganization].FindAll(tokens))
        {
            if (Free(named, index, length) && (Organization ?? Before(named, index, ActorKind.Organization, nearest: true)) is { } o)
            {
                added.Add(new Mention(index, index + length - 1, o, ActorKind.Organization, MentionType.Anaphor));
            }
        }

        foreach (var (index, length, values) in lexicon[WordClasses.AnaphorGroup].FindAll(tokens))
        {
            var count = values.Int("count");
            if (Free(named, index, length) && _groups.LastOrDefault(g => count is null || g.Count == count) is { } group)
            {
                added.AddRange(group.Select(id => new Mention(index, index + length - 1, id, ActorKind.State, MentionType.Anaphor)));
            }
        }

        foreach (var (index, length, values) in lexicon[WordClasses.AnaphorAny].FindAll(tokens))
        {
            if (!Free(named, index, length) || lexicon[WordClasses.AnaphorImpersonal].StartsAt(tokens, index))
            {
                continue;
            }

            var nearest = values.Has("possessive");
            if ((Before(named, index, ActorKind.State, nearest) ?? State) is { } s)
            {
                added.Add(new Mention(index, index + length - 1, s, ActorKind.State, MentionType.Anaphor));
            }

            if ((Before(named, index, ActorKind.Organization, nearest) ?? Organization) is { } o)
            {
                added.Add(new Mention(index, index + length - 1, o, ActorKind.Organization, MentionType.Anaphor));
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last));
        }
    }

    /// <summary>After a sentence is read: the actors it opens on are the ones spoken of next; its groups of states are kept.</summary>
    public void Read(List<Token> tokens, List<Mention> mentions, Lexicon lexicon)
    {
        if (mentions.FirstOrDefault(m => m.Kind == ActorKind.State) is { ActorId: not null } s && s.First < SubjectReach)
        {
            State = s.ActorId;
        }

        var organization = mentions.FirstOrDefault(m => m.Kind == ActorKind.Organization);
        if (organization.ActorId is not null && (organization.First < SubjectReach || Organization is null))
        {
            Organization = organization.ActorId;
        }

        var glue = lexicon[WordClasses.ListGlue];
        var coordination = lexicon[WordClasses.Coordination];
        var states = mentions.Where(m => m.Kind == ActorKind.State && m.Type != MentionType.Anaphor).ToList();
        var run = new List<Mention>();
        foreach (var m in states)
        {
            if (run.Count > 0 && !Joined(tokens, run[^1].Last + 1, m.First, glue, coordination))
            {
                Keep(run);
                run.Clear();
            }

            run.Add(m);
        }

        Keep(run);
    }

    private void Keep(List<Mention> run)
    {
        var ids = run.Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count >= 2)
        {
            _groups.Add(ids);
            if (_groups.Count > 4)
            {
                _groups.RemoveAt(0);
            }
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

    private static bool Free(List<Mention> named, int index, int length) =>
        !named.Exists(m => m.First <= index + length - 1 && index <= m.Last);

    /// <summary>The actor of a kind named before <paramref name="index"/> in the sentence: the first, or the nearest.</summary>
    private static string? Before(List<Mention> named, int index, ActorKind kind, bool nearest)
    {
        string? found = null;
        foreach (var m in named)
        {
            if (m.Last >= index)
            {
                break;
            }

            if (m.Kind == kind)
            {
                found = m.ActorId;
                if (!nearest)
                {
                    return found;
                }
            }
        }

        return found;
    }
}
