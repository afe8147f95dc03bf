using System.Globalization;
using System.Text.Json;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Text.Evaluation;

/// <summary>
/// A short news-style text with the claims it makes and the verdict each should get: the true ones
/// <c>supported</c>, the one planted error <c>contradicted</c> or <c>outdated</c>
/// (<c>tests/Griot.Text.Tests/Gold/News/README.md</c>).
/// </summary>
public sealed record NewsItem(string Id, string Language, DateOnly? DocumentDate, string Text, IReadOnlyList<NewsClaim> Claims);

/// <summary>A claim of a news text, the words that make it, and the verdict it should get.</summary>
public sealed record NewsClaim(string Subject, string Predicate, string? Object, IReadOnlyDictionary<string, string> Qualifiers, string Evidence, Verdict Expected);

/// <summary>How the checker did on one kind of claim (true ones, or planted errors) of one language.</summary>
/// <param name="Right">True claims judged <c>supported</c>; planted errors judged <c>contradicted</c> or <c>outdated</c>.</param>
/// <param name="Wrong">True claims judged <c>contradicted</c> or <c>outdated</c>; planted errors judged <c>supported</c>.</param>
/// <param name="Unverified">Claims read but judged <c>unverified</c>.</param>
/// <param name="Unread">Claims the extractor did not read.</param>
public sealed record CheckTally(string Language, bool Errors, int Claims, int Right, int Wrong, int Unverified, int Unread)
{
    public double Rate => Claims == 0 ? 1 : (double)Right / Claims;
}

/// <summary>What the checker made of a news set: per language, true claims and planted errors apart, and each claim's outcome.</summary>
public sealed record CheckEvaluation(IReadOnlyList<CheckTally> Tallies, IReadOnlyList<NewsOutcome> Outcomes, int Items);

/// <summary>One expected claim and what came of it: the verdict given (null where it was not read) and why.</summary>
public sealed record NewsOutcome(string ItemId, NewsClaim Claim, Verdict? Given, string? Reason);

public static class GoldNews
{
    /// <summary>Whether a JSON Lines file is a news set (its claims carry an <c>expected</c> verdict) rather than a sentence set.</summary>
    public static bool IsNewsSet(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        return first is not null && first.Contains("\"expected\"", StringComparison.Ordinal);
    }

    /// <exception cref="GoldSetException">A line is malformed or a claim's evidence is not in its text; the message names the file and line.</exception>
    public static async Task<IReadOnlyList<NewsItem>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var items = new List<NewsItem>();
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
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new GoldSetException($"{path}:{number}: not a news item: {e.Message}");
            }
        }

        return items;
    }

    private static NewsItem Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var claims = new List<NewsClaim>();
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var evidence = c.GetProperty("evidence").GetString()!;
            if (!text.Contains(evidence, StringComparison.Ordinal))
            {
                throw new FormatException($"the evidence \"{evidence}\" is not in the text");
            }

            var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            if (c.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in q.EnumerateObject())
                {
                    qualifiers[p.Name] = p.Value.ToString();
                }
            }

            if (!VocabularyNames.TryParse<Verdict>(c.GetProperty("expected").GetString(), out var expected))
            {
                throw new FormatException($"'{c.GetProperty("expected").GetString()}' is not a verdict");
            }

            claims.Add(new NewsClaim(c.GetProperty("subject").GetString()!, c.GetProperty("predicate").GetString()!,
                c.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null, qualifiers, evidence, expected));
        }

        return new NewsItem(
            root.GetProperty("id").GetString()!,
            root.GetProperty("language").GetString()!,
            root.TryGetProperty("documentDate", out var d) && d.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            text,
            claims);
    }

    /// <summary>
    /// Reads and checks each text (on its own date), and finds for each expected claim the claim read from the same
    /// words: same subject, predicate and object (either order for borders and relations), and the same role where
    /// one is expected. A planted error is caught when judged <c>contradicted</c> or <c>outdated</c>.
    /// </summary>
    public static async Task<CheckEvaluation> EvaluateAsync(ClaimExtractor extractor, ClaimChecker checker, IReadOnlyList<NewsItem> items, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<NewsOutcome>();
        foreach (var item in items)
        {
            var extraction = extractor.Extract(Document.FromText(item.Text, item.Id), new ExtractionOptions(DocumentDate: item.DocumentDate));
            var check = await checker.CheckAsync(extraction, today, cancellationToken);
            foreach (var expected in item.Claims)
            {
                var start = item.Text.IndexOf(expected.Evidence, StringComparison.Ordinal);
                var end = start + expected.Evidence.Length;
                var found = Enumerable.Range(0, extraction.Claims.Count)
                    .Where(i => extraction.Claims[i].Evidence.Start < end && start < extraction.Claims[i].Evidence.End && Same(extraction.Claims[i], expected))
                    .Select(i => check.Verdicts[i])
                    .OrderBy(v => v.Verdict == Verdict.Unverified)
                    .FirstOrDefault();
                outcomes.Add(new NewsOutcome(item.Id, expected, found?.Verdict, found?.Reason));
            }
        }

        var tallies = outcomes.GroupBy(o => (Language: items.First(i => i.Id == o.ItemId).Language, Errors: o.Claim.Expected != Verdict.Supported))
            .OrderBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Errors)
            .Select(g => new CheckTally(g.Key.Language, g.Key.Errors, g.Count(),
                g.Count(o => Right(o)), g.Count(o => o.Given is { } v && v != Verdict.Unverified && !Right(o)),
                g.Count(o => o.Given == Verdict.Unverified), g.Count(o => o.Given is null)))
            .ToList();
        return new CheckEvaluation(tallies, outcomes, items.Count);
    }

    private static bool Right(NewsOutcome o) =>
        o.Claim.Expected == Verdict.Supported ? o.Given == Verdict.Supported : o.Given is Verdict.Contradicted or Verdict.Outdated;

    private static bool Same(Claim claim, NewsClaim expected)
    {
        if (claim.Predicate.Id != expected.Predicate)
        {
            return false;
        }

        var bothWays = claim.Predicate.Symmetric || claim.Predicate.AnsweredBothWays;
        var parties = claim.Subject == expected.Subject && claim.Object == expected.Object
            || bothWays && claim.Subject == expected.Object && claim.Object == expected.Subject;
        return parties && (!expected.Qualifiers.TryGetValue("role", out var role) || role == "member" || claim.Qualifiers.Get("role") == role);
    }
}
