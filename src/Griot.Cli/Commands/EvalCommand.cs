using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Griot.Application.Text;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Store;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class EvalSettings : QuerySettings
{
    [CommandArgument(0, "<GOLD>")]
    [Description("Gold sets: JSON Lines of labelled sentences or of news texts with a planted error (.jsonl), or real documents (a folder of ID.txt + ID.json, or one ID.json); see tests/Griot.Text.Tests/Gold.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--misses")]
    [Description("Also list every claim missed or extracted wrongly, and every false alarm.")]
    public bool Misses { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("Judge the documents' present-tense claims on this day when counting false alarms, YYYY-MM-DD (default: today).")]
    public string? AsOf { get; init; }

    public override ValidationResult Validate() =>
        Files.Length == 0 ? ValidationResult.Error("give at least one gold set") : CheckDay(AsOf, "--as-of");
}

/// <summary>
/// <c>griot eval GOLD...</c>: precision, recall and F1 of extraction, overall, per language and per predicate; for
/// documents also the dates found right and the false alarms of the checker (a true fact judged contradicted).
/// </summary>
public sealed class EvalCommand(CliEnvironment environment) : ReadCommand<EvalSettings>(environment)
{
    protected override async Task<int> ReadAsync(EvalSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        var reading = await TextChecks.OverAsync(store, cancellationToken);
        var (extractor, checker) = (reading.Extractor, reading.Checker);
        var today = settings.AsOf is null ? Environment.Today : DayArgument.Parse(settings.AsOf, "--as-of").Value;
        var results = new List<(string File, bool Documents, Evaluation Evaluation)>();
        var checks = new List<(string File, CheckEvaluation Evaluation)>();
        foreach (var file in settings.Files)
        {
            var documents = Directory.Exists(file) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)}: no such file or folder");
                return ExitCodes.Failure;
            }

            try
            {
                if (!documents && GoldNews.IsNewsSet(file))
                {
                    checks.Add((file, await GoldNews.EvaluateAsync(extractor, checker, await GoldNews.ReadAsync(file, cancellationToken), today, cancellationToken)));
                    continue;
                }

                results.Add((file, documents, documents
                    ? await Evaluator.EvaluateAsync(extractor, await GoldDocuments.ReadAsync(file, cancellationToken), checker, today, cancellationToken)
                    : Evaluator.Evaluate(extractor, await GoldSet.ReadAsync(file, cancellationToken))));
            }
            catch (GoldSetException e)
            {
                Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return ExitCodes.Failure;
            }
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(new JsonArray(results.Select(r => (JsonNode?)Json(r.File, r.Documents, r.Evaluation))
                .Concat(checks.Select(c => (JsonNode?)Json(c.File, c.Evaluation))).ToArray()));
            return ExitCodes.Ok;
        }

        foreach (var (file, documents, evaluation) in results)
        {
            Render(file, documents, evaluation, settings.Misses);
        }

        foreach (var (file, evaluation) in checks)
        {
            Render(file, evaluation, settings.Misses);
        }

        return ExitCodes.Ok;
    }

    /// <summary>A news set: true claims and planted errors apart, per language.</summary>
    private void Render(string file, CheckEvaluation evaluation, bool misses)
    {
        Out.Write(new Rule($"[bold]{Markup.Escape(Path.GetFileName(file))}[/]: {evaluation.Items} news texts, checked").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("language").AddColumn("claims")
            .AddColumn(new TableColumn("count").RightAligned()).AddColumn(new TableColumn("right").RightAligned())
            .AddColumn(new TableColumn("wrong").RightAligned()).AddColumn(new TableColumn("unverified").RightAligned())
            .AddColumn(new TableColumn("not read").RightAligned()).AddColumn(new TableColumn("rate").RightAligned());
        foreach (var t in evaluation.Tallies)
        {
            table.AddRow(t.Language, t.Errors ? "planted errors (caught)" : "true claims (supported)", N(t.Claims), N(t.Right), N(t.Wrong), N(t.Unverified), N(t.Unread), P(t.Rate));
        }

        Out.Write(table);
        if (!misses)
        {
            return;
        }

        foreach (var o in evaluation.Outcomes.Where(o => o.Claim.Expected == Verdict.Supported ? o.Given != Verdict.Supported : o.Given is not (Verdict.Contradicted or Verdict.Outdated)))
        {
            var given = o.Given is { } v ? VocabularyNames.ToName(v) : "not read";
            Out.MarkupLine($"  {Markup.Escape(o.ItemId)} expected {VocabularyNames.ToName(o.Claim.Expected)}, got [yellow]{given}[/]: "
                + $"{Markup.Escape($"{o.Claim.Subject} {o.Claim.Predicate} {o.Claim.Object}")} [grey]“{Markup.Escape(Shorten(o.Claim.Evidence))}”[/]"
                + (o.Reason is null ? "" : $" — {Markup.Escape(o.Reason)}"));
        }
    }

    private static JsonObject Json(string file, CheckEvaluation evaluation) => new()
    {
        ["file"] = file,
        ["kind"] = "news",
        ["items"] = evaluation.Items,
        ["tallies"] = new JsonArray(evaluation.Tallies.Select(t => (JsonNode?)new JsonObject
        {
            ["language"] = t.Language, ["claims"] = t.Errors ? "planted_errors" : "true_claims", ["count"] = t.Claims, ["right"] = t.Right,
            ["wrong"] = t.Wrong, ["unverified"] = t.Unverified, ["notRead"] = t.Unread, ["rate"] = Math.Round(t.Rate, 4),
        }).ToArray()),
    };

    private void Render(string file, bool documents, Evaluation evaluation, bool misses)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(file));
        Out.Write(new Rule($"[bold]{Markup.Escape(name)}[/]: {evaluation.Items} {(documents ? "documents" : "items")}").LeftJustified());
        var slices = documents && evaluation.ByLanguage.Count > 1
            ? evaluation.ByLanguage.Append(new LanguageScores("all", evaluation.Overall, evaluation.ByPredicate))
            : [new LanguageScores(documents ? evaluation.ByLanguage.FirstOrDefault()?.Language ?? "all" : "all", evaluation.Overall, evaluation.ByPredicate)];
        foreach (var slice in slices)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("predicate").AddColumn(new TableColumn("found").RightAligned()).AddColumn(new TableColumn("spurious").RightAligned())
                .AddColumn(new TableColumn("missed").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
                .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
            foreach (var score in slice.ByPredicate.Append(slice.Overall))
            {
                var bold = score == slice.Overall;
                table.AddRow(bold ? "[bold]all[/]" : score.Name, N(score.TruePositives), N(score.FalsePositives), N(score.FalseNegatives),
                    P(score.Precision), P(score.Recall), bold ? $"[bold]{P(score.F1)}[/]" : P(score.F1));
            }

            if (documents)
            {
                table.Title($"language: {slice.Language}");
            }

            Out.Write(table);
        }

        if (documents)
        {
            var (dated, agreeing) = evaluation.Dates;
            var onTrue = evaluation.FalseAlarms.Count(a => a.OnTrueFact);
            Out.MarkupLine($"dates: {N(agreeing)} of {N(dated)} facts found with a date carry the text's date");
            Out.MarkupLine($"false alarms: {N(onTrue)} of {N(evaluation.CheckedFacts)} true facts found were judged contradicted; "
                + $"{N(evaluation.FalseAlarms.Count - onTrue)} misreadings were judged contradicted");
        }

        if (misses)
        {
            foreach (var miss in evaluation.Misses)
            {
                var evidence = miss.Evidence is null ? "" : $" [grey]“{Markup.Escape(Shorten(miss.Evidence))}”[/]";
                Out.MarkupLine($"  {Markup.Escape(miss.ItemId)} {(miss.Spurious ? "[yellow]spurious[/]" : "[red]missed[/]")} {Markup.Escape(miss.Claim)}{evidence}");
            }

            foreach (var alarm in evaluation.FalseAlarms)
            {
                Out.MarkupLine($"  {Markup.Escape(alarm.ItemId)} [red]contradicted[/] {(alarm.OnTrueFact ? "a true fact" : "a misreading")} {Markup.Escape(alarm.Claim)}: "
                    + $"{Markup.Escape(alarm.Reason)} [grey]“{Markup.Escape(Shorten(alarm.Evidence))}”[/]");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 137), "…");

    private static JsonObject Json(string file, bool documents, Evaluation evaluation)
    {
        static JsonObject Score(Score s) => new()
        {
            ["predicate"] = s.Name, ["found"] = s.TruePositives, ["spurious"] = s.FalsePositives, ["missed"] = s.FalseNegatives,
            ["precision"] = Math.Round(s.Precision, 4), ["recall"] = Math.Round(s.Recall, 4), ["f1"] = Math.Round(s.F1, 4),
        };

        var json = new JsonObject
        {
            ["file"] = file,
            ["kind"] = documents ? "documents" : "sentences",
            ["items"] = evaluation.Items,
            ["overall"] = Score(evaluation.Overall),
            ["predicates"] = new JsonArray(evaluation.ByPredicate.Select(s => (JsonNode?)Score(s)).ToArray()),
            ["languages"] = new JsonArray(evaluation.ByLanguage.Select(l => (JsonNode?)new JsonObject
            {
                ["language"] = l.Language,
                ["overall"] = Score(l.Overall),
                ["predicates"] = new JsonArray(l.ByPredicate.Select(s => (JsonNode?)Score(s)).ToArray()),
            }).ToArray()),
        };
        if (documents)
        {
            json["dates"] = new JsonObject { ["dated"] = evaluation.Dates.Dated, ["agreeing"] = evaluation.Dates.Agreeing };
            json["falseAlarms"] = new JsonObject
            {
                ["checkedFacts"] = evaluation.CheckedFacts,
                ["onTrueFacts"] = evaluation.FalseAlarms.Count(a => a.OnTrueFact),
                ["onMisreadings"] = evaluation.FalseAlarms.Count(a => !a.OnTrueFact),
            };
        }

        return json;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.000", CultureInfo.InvariantCulture);
}
