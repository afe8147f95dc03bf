using System.Text.Json;
using Griot.Core.Time;

namespace Griot.Text.Evaluation;

/// <summary>
/// A real document of a gold set (<c>ID.txt</c>) with every checkable fact it states (<c>ID.json</c>), annotated
/// for the whole document: see <c>tests/Griot.Text.Tests/Gold/Documents/README.md</c>.
/// </summary>
public sealed record GoldDocument(string Id, string Language, string Title, string Text, DateOnly? DocumentDate, IReadOnlyList<GoldFact> Facts, GoldSource Source);

/// <summary>Where a gold document comes from and under which licence it is kept.</summary>
public sealed record GoldSource(string Url, string Publisher, string Licence, string Retrieved);

/// <summary>
/// A fact a gold document states: the claim, its dates as the text gives them, the words that state it, and
/// whether it is true (false only where the annotator knows the text is wrong).
/// </summary>
public sealed record GoldFact(
    string Subject,
    string Predicate,
    string? Object,
    IReadOnlyDictionary<string, string> Qualifiers,
    PartialDate? Start,
    PartialDate? End,
    bool Hedged,
    string Evidence,
    bool True);

public static class GoldDocuments
{
    /// <summary>The gold documents of a folder (every <c>ID.json</c> beside its <c>ID.txt</c>), or one <c>ID.json</c>.</summary>
    /// <exception cref="GoldSetException">A file is missing or malformed, or a fact's evidence is not in the text; the message names the file.</exception>
    public static async Task<IReadOnlyList<GoldDocument>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToList()
            : [path];
        var documents = new List<GoldDocument>();
        foreach (var file in files)
        {
            documents.Add(await ReadOneAsync(file, cancellationToken));
        }

        return documents;
    }

    private static async Task<GoldDocument> ReadOneAsync(string file, CancellationToken cancellationToken)
    {
        var textFile = Path.ChangeExtension(file, ".txt");
        if (!File.Exists(textFile))
        {
            throw new GoldSetException($"{file}: its text {Path.GetFileName(textFile)} is missing");
        }

        var text = await File.ReadAllTextAsync(textFile, cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            var root = json.RootElement;
            var facts = new List<GoldFact>();
            var index = 0;
            foreach (var f in root.GetProperty("facts").EnumerateArray())
            {
                var evidence = f.GetProperty("evidence").GetString() ?? "";
                if (evidence.Length == 0 || !text.Contains(evidence, StringComparison.Ordinal))
                {
                    throw new GoldSetException($"{file}: fact {index}: its evidence is not in {Path.GetFileName(textFile)}: \"{evidence}\"");
                }

                facts.Add(new GoldFact(
                    f.GetProperty("subject").GetString()!,
                    f.GetProperty("predicate").GetString()!,
                    String(f, "object"),
                    Qualifiers(f),
                    Date(file, index, f, "start"),
                    Date(file, index, f, "end"),
                    f.TryGetProperty("hedged", out var h) && h.ValueKind == JsonValueKind.True,
                    evidence,
                    !(f.TryGetProperty("true", out var t) && t.ValueKind == JsonValueKind.False)));
                index++;
            }

            var source = root.GetProperty("source");
            return new GoldDocument(
                root.GetProperty("id").GetString()!,
                root.GetProperty("language").GetString()!,
                String(root, "title") ?? "",
                text,
                String(root, "documentDate") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
                facts,
                new GoldSource(String(source, "url") ?? "", String(source, "publisher") ?? "", String(source, "licence") ?? "", String(source, "retrieved") ?? ""));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new GoldSetException($"{file}: not a gold document: {e.Message}");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string> Qualifiers(JsonElement fact)
    {
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fact.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in q.EnumerateObject())
            {
                qualifiers[p.Name] = p.Value.ToString();
            }
        }

        return qualifiers;
    }

    private static PartialDate? Date(string file, int index, JsonElement fact, string name)
    {
        if (String(fact, name) is not { } text)
        {
            return null;
        }

        return PartialDate.Parse(text).TryGetValue(out var date) ? date : throw new GoldSetException($"{file}: fact {index}: {name} '{text}' is not a partial date");
    }
}
