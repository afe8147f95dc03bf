using System.Globalization;
using System.Text.Json;

namespace Griot.Text.Evaluation;

/// <summary>
/// A hand-labelled sentence (or two or three) and the claims an analyst reads in it. One JSON object per
/// line: <c>{"id", "text", "mainSubject", "documentDate", "claims": [{"subject", "predicate", "object",
/// "qualifiers", "start", "end", "hedged"}]}</c>.
/// </summary>
public sealed record GoldItem(string Id, string Text, string? MainSubject, DateOnly? DocumentDate, IReadOnlyList<GoldClaim> Claims);

/// <summary>A claim of a gold item; only the qualifiers that say what the claim is (role, stance, trend, domain) are compared.</summary>
public sealed record GoldClaim(string Subject, string Predicate, string? Object, IReadOnlyDictionary<string, string> Qualifiers, bool Hedged);

public static class GoldSet
{
    /// <exception cref="GoldSetException">A line is not a gold item; the message names the file and line.</exception>
    public static async Task<IReadOnlyList<GoldItem>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var items = new List<GoldItem>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new GoldSetException($"{path}:{number}: not a gold item: {e.Message}");
            }
        }

        return items;
    }

    private static GoldItem Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var claims = new List<GoldClaim>();
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            if (c.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in q.EnumerateObject())
                {
                    qualifiers[p.Name] = p.Value.ToString();
                }
            }

            claims.Add(new GoldClaim(
                c.GetProperty("subject").GetString()!,
                c.GetProperty("predicate").GetString()!,
                c.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null,
                qualifiers,
                c.TryGetProperty("hedged", out var h) && h.ValueKind == JsonValueKind.True));
        }

        return new GoldItem(
            root.GetProperty("id").GetString()!,
            root.GetProperty("text").GetString()!,
            root.TryGetProperty("mainSubject", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
            root.TryGetProperty("documentDate", out var d) && d.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            claims);
    }
}

public sealed class GoldSetException(string message) : Exception(message);
