using System.Text.Json.Nodes;
using Griot.Core;
using Griot.Store.Json;
using Griot.Text.Checking;
using Griot.Text.Claims;

namespace Griot.Text.Json;

/// <summary>The JSON of <c>extract</c> and <c>check</c>, exactly as VOCABULARY.md shows it.</summary>
public static class ClaimJson
{
    public static JsonObject Extraction(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return new JsonObject
        {
            ["document"] = Document(extraction),
            ["claims"] = new JsonArray(extraction.Claims.Select(c => (JsonNode?)Claim(c)).ToArray()),
        };
    }

    public static JsonObject Check(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var claims = new JsonArray();
        for (var i = 0; i < result.Extraction.Claims.Count; i++)
        {
            var json = Claim(result.Extraction.Claims[i]);
            var verdict = result.Verdicts[i];
            json["verdict"] = VocabularyNames.ToName(verdict.Verdict);
            json["reason"] = verdict.Reason;
            json["matches"] = new JsonArray(verdict.Matches.Select(m => (JsonNode?)m).ToArray());
            AddReason(json, verdict.Why);
            claims.Add(json);
        }

        return new JsonObject
        {
            ["document"] = Document(result.Extraction, result.JudgedOn),
            ["claims"] = claims,
            ["conflicts"] = new JsonArray(result.Conflicts.Select(c => (JsonNode?)AddReason(new JsonObject
            {
                ["claims"] = new JsonArray(c.Claims.Select(i => (JsonNode?)i).ToArray()),
                ["reason"] = c.Reason,
            }, c.Why)).ToArray()),
        };
    }

    /// <summary>
    /// The reason as a code with arguments, the last keys of a claim or conflict (added after the contract's keys, so that
    /// the bytes before them stay as they were). A claim's notes (its founding list's problems) are not repeated here:
    /// they are the conflicts that name that claim alone.
    /// </summary>
    private static JsonObject AddReason(JsonObject json, VerdictReason why)
    {
        var arguments = new JsonObject();
        foreach (var (name, value) in why.Arguments)
        {
            arguments[name] = value;
        }

        json["reasonCode"] = why.Code;
        json["reasonArguments"] = arguments;
        return json;
    }

    private static JsonObject Document(ExtractionResult extraction, DateOnly? judgedOn = null)
    {
        var document = new JsonObject
        {
            ["sha256"] = extraction.Document.Sha256,
            ["characters"] = extraction.Document.Text.Length,
            ["sentences"] = extraction.Sentences.Count,
            ["language"] = extraction.Language,
            ["subject"] = extraction.MainSubject,
            ["date"] = extraction.DocumentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (judgedOn is { } day)
        {
            document["judgedOn"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return document;
    }

    public static JsonObject Claim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var qualifiers = new JsonObject();
        foreach (var (key, value) in claim.Qualifiers)
        {
            qualifiers[key] = value;
        }

        return new JsonObject
        {
            ["subject"] = claim.Subject,
            ["predicate"] = claim.Predicate.Id,
            ["object"] = claim.Object,
            ["qualifiers"] = qualifiers,
            ["valid"] = Valid(claim),
            ["hedged"] = claim.Hedged,
            ["tense"] = claim.Tense switch { Tense.Past => "past", Tense.Present => "present", _ => null },
            ["evidence"] = new JsonObject { ["start"] = claim.Evidence.Start, ["end"] = claim.Evidence.End, ["text"] = claim.Evidence.Text },
        };
    }

    private static JsonObject Valid(Claim claim)
    {
        var valid = GriotJson.Valid(claim.Valid);
        if (claim.At is { } at)
        {
            // A point in time ("in 2019") is said, not an interval: keep it beside the interval.
            valid["at"] = at.ToString();
        }

        return valid;
    }
}
