using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.Queries;

namespace Griot.Store.Json;

/// <summary>
/// The JSON shapes of VOCABULARY.md, written explicitly so that the contract is visible in one place:
/// camelCase keys, dates as partial-date strings, absent qualifiers omitted.
/// </summary>
public static class GriotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject Actor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = actor.Identifiers;
        var identifiers = new JsonObject();
        AddIfSet(identifiers, "iso2", ids.Iso2);
        AddIfSet(identifiers, "isoNumeric", ids.IsoNumeric);
        if (ids.Cow is { } cow)
        {
            identifiers["cow"] = cow;
        }

        AddIfSet(identifiers, "cameo", ids.Cameo);
        AddIfSet(identifiers, "wikidata", ids.Wikidata);
        return new JsonObject
        {
            ["id"] = actor.Id,
            ["kind"] = VocabularyNames.ToName(actor.Kind),
            ["name"] = actor.Name,
            ["identifiers"] = identifiers,
        };
    }

    /// <summary>An actor with all its names, for search results and actor pages.</summary>
    public static JsonObject ActorDetail(Actor actor)
    {
        var json = Actor(actor);
        AddIfSet(json, "officialName", actor.OfficialName);
        json["otherNames"] = Strings(actor.OtherNames);
        json["acronyms"] = Strings(actor.Acronyms);
        json["demonyms"] = Strings(actor.Demonyms);
        AddIfSet(json, "capital", actor.Capital);
        if (actor.Places.Count > 0)
        {
            json["places"] = Strings(actor.Places);
        }

        return json;
    }

    public static string? Bound(IntervalBound bound) => bound.Kind == BoundKind.Dated ? bound.Date!.Value.ToString() : null;

    public static JsonObject Valid(ValidityInterval valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var json = new JsonObject { ["start"] = Bound(valid.Start), ["end"] = Bound(valid.End) };
        AddIfSet(json, "startQualifier", BoundQualifier(valid.Start));
        AddIfSet(json, "endQualifier", BoundQualifier(valid.End));
        return json;
    }

    public static JsonObject Statement(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var qualifiers = new JsonObject();
        foreach (var (key, value) in statement.Qualifiers)
        {
            qualifiers[key] = value;
        }

        return new JsonObject
        {
            ["id"] = statement.Id,
            ["subject"] = statement.Subject,
            ["predicate"] = statement.Predicate.Id,
            ["object"] = statement.Object,
            ["qualifiers"] = qualifiers,
            ["valid"] = Valid(statement.Valid),
            ["references"] = new JsonArray(statement.References.Select(Reference).ToArray<JsonNode?>()),
        };
    }

    public static JsonObject Reference(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var json = new JsonObject();
        AddIfSet(json, "source", reference.Source);
        AddIfSet(json, "dataset", reference.Dataset);
        if (reference.Row is { } row)
        {
            json["row"] = row;
        }

        AddIfSet(json, "document", reference.Document);
        if (reference.Start is { } start)
        {
            json["start"] = start;
            json["end"] = reference.End;
        }

        AddIfSet(json, "text", reference.Text);
        return json;
    }

    public static JsonArray Statements(IEnumerable<Statement> statements) =>
        new(statements.Select(Statement).ToArray<JsonNode?>());

    public static JsonObject Profile(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var json = new JsonObject
        {
            ["actor"] = Actor(profile.Actor),
            ["asOf"] = profile.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["neighbors"] = Strings(profile.Neighbors),
            ["memberships"] = new JsonArray(profile.Memberships.Select(m =>
            {
                var entry = new JsonObject
                {
                    ["organization"] = m.Organization,
                    ["role"] = m.Role,
                    ["start"] = Bound(m.Valid.Start),
                    ["end"] = Bound(m.Valid.End),
                    ["suspended"] = m.Suspended,
                };
                AddIfSet(entry, "withdrawalAnnounced", m.WithdrawalAnnounced?.ToString());
                return entry;
            }).ToArray<JsonNode?>()),
            ["relations"] = new JsonArray(profile.Relations.Select(r => new JsonObject
            {
                ["with"] = r.With,
                ["stance"] = r.Stance is { } s ? VocabularyNames.ToName(s) : null,
                ["trend"] = r.Trend is { } t ? VocabularyNames.ToName(t) : null,
                ["start"] = Bound(r.Valid.Start),
                ["end"] = Bound(r.Valid.End),
            }).ToArray<JsonNode?>()),
            ["presences"] = new JsonArray(profile.Presences.Select(p => new JsonObject
            {
                ["actor"] = p.Actor,
                ["start"] = Bound(p.Valid.Start),
                ["end"] = Bound(p.Valid.End),
            }).ToArray<JsonNode?>()),
            ["headOfState"] = profile.HeadOfState is { } h
                ? new JsonObject { ["id"] = h.Id, ["name"] = h.Name, ["start"] = Bound(h.Valid.Start) }
                : null,
        };
        if (profile.Actor.Kind == ActorKind.Organization)
        {
            json["members"] = new JsonArray(profile.Members.Select(m => new JsonObject
            {
                ["member"] = m.Member,
                ["role"] = m.Role,
                ["start"] = Bound(m.Valid.Start),
                ["end"] = Bound(m.Valid.End),
                ["suspended"] = m.Suspended,
            }).ToArray<JsonNode?>());
        }

        json["sources"] = profile.Sources;
        return json;
    }

    public static JsonObject Diff(Diff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return new JsonObject
        {
            ["actor"] = Actor(diff.Actor),
            ["from"] = diff.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = diff.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["added"] = Statements(diff.Added),
            ["removed"] = Statements(diff.Removed),
        };
    }

    public static JsonObject Timeline(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new JsonObject
        {
            ["actor"] = Actor(timeline.Actor),
            ["with"] = timeline.With is null ? null : Actor(timeline.With),
            ["entries"] = new JsonArray(timeline.Entries.Select(e => new JsonObject
            {
                ["date"] = e.Date.Date!.Value.ToString(),
                ["dateQualifier"] = BoundQualifier(e.Date),
                ["edge"] = e.Edge == TimelineEdge.Start ? "start" : "end",
                ["statement"] = Statement(e.Statement),
            }).ToArray<JsonNode?>()),
            ["undated"] = Statements(timeline.Undated),
        };
    }

    private static string? BoundQualifier(IntervalBound bound) => bound switch
    {
        { Kind: BoundKind.Unknown } => "unknown",
        { Kind: BoundKind.Dated, Mark: BoundMark.After } => "after",
        { Kind: BoundKind.Dated, Mark: BoundMark.Before } => "before",
        _ => null,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static void AddIfSet(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}
