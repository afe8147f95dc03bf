using System.Text;
using System.Text.Json;
using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.ReferenceData;

namespace Griot.Store.Exchange;

/// <summary>
/// Reads statements and actors in VOCABULARY.md's JSON shapes. Accepts a list of statements, an
/// object with <c>statements</c> and <c>actors</c> lists, or a JSON-LD document whose <c>@graph</c>
/// mixes both (as <c>griot export --format jsonld</c> writes). Problems are reported with the line
/// where the element starts and the path of the field (<c>statements[3].valid.start</c>).
/// </summary>
internal static class JsonStatementReader
{
    public static void Read(string file, string dataset, string text, List<LocatedActor> actors,
        List<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            diagnostics.Add(new DataDiagnostic(file, (int)(e.LineNumber ?? 0) + 1, null, $"not valid JSON: {e.Message}", "check the JSON syntax"));
            return;
        }

        using (document)
        {
            var lines = ElementLines(text);
            var root = document.RootElement;
            var lists = root.ValueKind == JsonValueKind.Array
                ? [("statements", root, "")]
                : new[] { "@graph", "statements", "actors" }
                    .Where(name => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                    .Select(name => (name, root.GetProperty(name), name))
                    .ToArray();
            if (lists.Length == 0)
            {
                diagnostics.Add(new DataDiagnostic(file, 1, null, "no statements found",
                    "give a list of statements, or an object with a \"statements\" (and \"actors\") list"));
                return;
            }

            foreach (var (name, list, path) in lists)
            {
                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    var at = $"{path}[{index}]";
                    var line = lines.GetValueOrDefault((path, index), 1);
                    index++;
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        diagnostics.Add(new DataDiagnostic(file, line, at, "expected an object", null));
                        continue;
                    }

                    var isActor = name == "actors" || (name == "@graph" && element.TryGetProperty("kind", out _));
                    var problems = new List<(string Field, string Message)>();
                    if (isActor && ReadActor(element, problems) is { } actor && problems.Count == 0)
                    {
                        var references = References(element, dataset, line, problems, required: false);
                        actors.Add(new LocatedActor(new SourcedActor(actor, references.Count > 0 ? references : [Reference.FromDataset(dataset, line, file)]),
                            new RowLocation(file, line)));
                    }
                    else if (!isActor && ReadStatement(element, dataset, line, problems) is { } statement && problems.Count == 0)
                    {
                        statements.Add(new LocatedStatement(statement, new RowLocation(file, line)));
                    }

                    diagnostics.AddRange(problems.Select(p => new DataDiagnostic(file, line, $"{at}.{p.Field}", p.Message, Hint(p.Field))));
                }
            }
        }
    }

    private static string Hint(string field) => field switch
    {
        "references" => "give at least one reference with a source, a dataset row or a document",
        _ when field.StartsWith("valid", StringComparison.Ordinal) => "dates are YYYY, YYYY-MM or YYYY-MM-DD; startQualifier/endQualifier: after, before, unknown",
        _ => "see VOCABULARY.md for the shape",
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Statement? ReadStatement(JsonElement element, string dataset, int line, List<(string, string)> problems)
    {
        var subject = String(element, "subject");
        if (string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(("subject", "the subject is missing"));
        }

        var predicateName = String(element, "predicate");
        if (!Predicate.TryGet(predicateName, out var predicate))
        {
            problems.Add(("predicate", $"'{predicateName}' is not a predicate"));
        }

        var pairs = new List<KeyValuePair<string, string>>();
        if (element.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in q.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    pairs.Add(KeyValuePair.Create(property.Name, property.Value.GetString()!));
                }
                else
                {
                    problems.Add(($"qualifiers.{property.Name}", "a qualifier's value must be a non-empty string"));
                }
            }
        }

        var qualifiers = problems.Count == 0 ? Qualifiers.Of(pairs) : Qualifiers.Empty;
        var @object = String(element, "object");
        if (predicate is not null && Statement.CheckShape(predicate, @object, qualifiers) is { } shape)
        {
            problems.Add((shape.Field, shape.Message));
        }

        var valid = ValidityInterval.Always;
        if (element.TryGetProperty("valid", out var v) && v.ValueKind == JsonValueKind.Object)
        {
            var parsed = ValidityInterval.Parse(Bound(v, "start"), Bound(v, "end"));
            if (parsed.Success)
            {
                valid = parsed.Value;
            }
            else
            {
                problems.Add((parsed.Error!.StartsWith("start", StringComparison.Ordinal) ? "valid.start" : "valid.end", parsed.Error));
            }
        }

        var references = References(element, dataset, line, problems, required: true);
        return problems.Count == 0 ? Statement.Create(subject!, predicate!, @object, qualifiers, valid, references) : null;
    }

    /// <summary>A bound in the written form of <see cref="IntervalBound"/>: the date with its qualifier.</summary>
    private static string Bound(JsonElement valid, string side)
    {
        var date = String(valid, side);
        return String(valid, side + "Qualifier") switch
        {
            "unknown" => "?",
            "after" => "after:" + date,
            "before" => "before:" + date,
            _ => date ?? "",
        };
    }

    private static List<Reference> References(JsonElement element, string dataset, int line, List<(string, string)> problems, bool required)
    {
        var references = new List<Reference>();
        if (element.TryGetProperty("references", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
            {
                int? Int(string name) => r.TryGetProperty(name, out var n) && n.TryGetInt32(out var i) ? i : null;
                var reference = new Reference(String(r, "source"), String(r, "dataset"), Int("row"), String(r, "document"),
                    Int("start"), Int("end"), String(r, "text"));
                if (reference.IsUsable)
                {
                    references.Add(reference);
                }
            }
        }
        else if (String(element, "source") is { Length: > 0 } source)
        {
            references.Add(Reference.FromDataset(dataset, line, source));
        }

        if (required && references.Count == 0)
        {
            problems.Add(("references", "the statement has no source"));
        }

        return references;
    }

    private static Actor? ReadActor(JsonElement element, List<(string, string)> problems)
    {
        var id = String(element, "id");
        if (!VocabularyNames.TryParse<ActorKind>(String(element, "kind"), out var kind))
        {
            problems.Add(("kind", $"'{String(element, "kind")}' is not an actor kind"));
            return null;
        }

        if (ActorId.Check(kind, id) is { } idError)
        {
            problems.Add(("id", idError));
            return null;
        }

        if (string.IsNullOrWhiteSpace(String(element, "name")))
        {
            problems.Add(("name", "the name is missing"));
            return null;
        }

        IReadOnlyList<string> Strings(string name) =>
            element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : [];
        var identifiers = ActorIdentifiers.None;
        if (element.TryGetProperty("identifiers", out var ids) && ids.ValueKind == JsonValueKind.Object)
        {
            identifiers = new ActorIdentifiers(String(ids, "iso2"), String(ids, "isoNumeric"),
                ids.TryGetProperty("cow", out var cow) && cow.TryGetInt32(out var c) ? c : null, String(ids, "cameo"), String(ids, "wikidata"));
        }

        return new Actor(id!, kind, String(element, "name")!, String(element, "officialName"), Strings("otherNames"),
            Strings("acronyms"), Strings("demonyms"), String(element, "capital"), identifiers, Strings("places"));
    }

    /// <summary>The line on which each element of each top-level list starts, by (list path, index).</summary>
    private static Dictionary<(string, int), int> ElementLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var newlines = new List<long>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int LineAt(long offset)
        {
            var index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var lines = new Dictionary<(string, int), int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true });
        var stack = new Stack<(bool IsArray, string Path, int Next)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = stack.Count == 0 ? "" : stack.Peek().IsArray ? "" : stack.Count == 1 ? property ?? "" : "";
                    if (stack.Count > 0 && stack.Peek().IsArray)
                    {
                        var parent = stack.Pop();
                        if (stack.Count <= 1)
                        {
                            lines[(parent.Path, parent.Next)] = LineAt(reader.TokenStartIndex);
                        }

                        stack.Push(parent with { Next = parent.Next + 1 });
                    }

                    stack.Push((reader.TokenType == JsonTokenType.StartArray, path, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    if (stack.Count > 0 && stack.Peek().IsArray)
                    {
                        var parent = stack.Pop();
                        stack.Push(parent with { Next = parent.Next + 1 });
                    }

                    break;
            }
        }

        return lines;
    }
}
