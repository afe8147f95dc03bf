using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Griot.Store;
using Griot.Text.Claims;
using Griot.Text.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class EvalSettings : QuerySettings
{
    [CommandArgument(0, "<GOLD>")]
    [Description("Gold sets, JSON Lines: one labelled text per line (see tests/Griot.Text.Tests/Gold).")]
    public string[] Files { get; init; } = [];

    [CommandOption("--misses")]
    [Description("Also list every claim missed or extracted wrongly.")]
    public bool Misses { get; init; }

    public override ValidationResult Validate() => Files.Length == 0 ? ValidationResult.Error("give at least one gold set") : ValidationResult.Success();
}

/// <summary><c>griot eval GOLD.jsonl...</c>: precision, recall and F1 of extraction, overall and per predicate.</summary>
public sealed class EvalCommand(CliEnvironment environment) : StoreCommand<EvalSettings>(environment)
{
    protected override async Task<int> ExecuteAsync(EvalSettings settings, IKnowledgeStore store, CancellationToken cancellationToken)
    {
        var extractor = await ClaimExtractor.FromStoreAsync(store, cancellationToken);
        var results = new List<(string File, Evaluation Evaluation)>();
        foreach (var file in settings.Files)
        {
            if (!File.Exists(file))
            {
                Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)}: no such file");
                return ExitCodes.Failure;
            }

            try
            {
                results.Add((file, Evaluator.Evaluate(extractor, await GoldSet.ReadAsync(file, cancellationToken))));
            }
            catch (GoldSetException e)
            {
                Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return ExitCodes.Failure;
            }
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(new JsonArray(results.Select(r => (JsonNode?)Json(r.File, r.Evaluation)).ToArray()));
            return ExitCodes.Ok;
        }

        foreach (var (file, evaluation) in results)
        {
            Render(file, evaluation, settings.Misses);
        }

        return ExitCodes.Ok;
    }

    private void Render(string file, Evaluation evaluation, bool misses)
    {
        Out.Write(new Rule($"[bold]{Markup.Escape(Path.GetFileName(file))}[/]: {evaluation.Items} items").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("predicate").AddColumn(new TableColumn("found").RightAligned()).AddColumn(new TableColumn("spurious").RightAligned())
            .AddColumn(new TableColumn("missed").RightAligned()).AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach (var score in evaluation.ByPredicate.Append(evaluation.Overall))
        {
            var bold = score == evaluation.Overall;
            table.AddRow(bold ? "[bold]all[/]" : score.Name, N(score.TruePositives), N(score.FalsePositives), N(score.FalseNegatives),
                P(score.Precision), P(score.Recall), bold ? $"[bold]{P(score.F1)}[/]" : P(score.F1));
        }

        Out.Write(table);
        if (misses)
        {
            foreach (var miss in evaluation.Misses)
            {
                Out.MarkupLine($"  {Markup.Escape(miss.ItemId)} {(miss.Spurious ? "[yellow]spurious[/]" : "[red]missed[/]")} {Markup.Escape(miss.Claim)}");
            }
        }
    }

    private static JsonObject Json(string file, Evaluation evaluation)
    {
        static JsonObject Score(Score s) => new()
        {
            ["predicate"] = s.Name, ["found"] = s.TruePositives, ["spurious"] = s.FalsePositives, ["missed"] = s.FalseNegatives,
            ["precision"] = Math.Round(s.Precision, 4), ["recall"] = Math.Round(s.Recall, 4), ["f1"] = Math.Round(s.F1, 4),
        };

        return new JsonObject
        {
            ["file"] = file,
            ["items"] = evaluation.Items,
            ["overall"] = Score(evaluation.Overall),
            ["predicates"] = new JsonArray(evaluation.ByPredicate.Select(s => (JsonNode?)Score(s)).ToArray()),
        };
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.000", CultureInfo.InvariantCulture);
}
