using System.ComponentModel;
using System.Text;
using Griot.Application.Text;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Store;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;
using Griot.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public class ExtractSettings : QuerySettings
{
    [CommandArgument(0, "<FILES>")]
    [Description("Text, Markdown, HTML or PDF files; - reads standard input.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--document-date <DATE>")]
    [Description("When the text was written, YYYY-MM-DD: present tense and relative dates (\"last year\") are read against it.")]
    public string? DocumentDate { get; init; }

    [CommandOption("--subject <ID>")]
    [Description("The state the text is about, where \"the country\" points (default: its title's, else the first it names).")]
    public string? Subject { get; init; }

    [CommandOption("--language <CODE>")]
    [Description("Read the text in this language (en, fr); default: told from the text, paragraph by paragraph.")]
    public string? Language { get; init; }

    public override ValidationResult Validate() =>
        Files.Length == 0 ? ValidationResult.Error("give at least one file, or - for standard input")
        : Language is { } code && Griot.Text.Language.LanguageSet.Bundled.Find(code) is null
            ? ValidationResult.Error($"--language: '{code}' is not a language Griot reads; use one of {string.Join(", ", Griot.Text.Language.LanguageSet.Bundled.Packs.Select(p => p.Code))}")
            : CheckDay(DocumentDate, "--document-date");
}

public sealed class ExtractCommandSettings : ExtractSettings
{
    [CommandOption("--explain")]
    [Description("Also show how each sentence was read: its language, the actors and dates found.")]
    public bool Explain { get; init; }
}

public sealed class CheckSettings : ExtractSettings
{
    [CommandOption("--as-of <DATE>")]
    [Description("Judge present-tense claims of undated texts on this day, YYYY-MM-DD (default: today).")]
    public string? AsOf { get; init; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return result.Successful ? CheckDay(AsOf, "--as-of") : result;
    }
}

/// <summary><c>griot extract FILE...</c>: the claims each document makes, with the sentence as evidence.</summary>
public sealed class ExtractCommand(CliEnvironment environment) : TextCommand<ExtractCommandSettings>(environment)
{
    protected override Task<int> RunAsync(ExtractCommandSettings settings, TextChecks checks, IReadOnlyList<ExtractionResult> results, CancellationToken cancellationToken)
    {
        if (settings.Explain)
        {
            foreach (var result in results)
            {
                ReadingTable.Render(Out, result);
            }
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJsonDocuments(results.Select(ClaimJson.Extraction).ToList());
        }
        else
        {
            foreach (var result in results)
            {
                ClaimTable.Render(Out, result, null);
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}

/// <summary><c>griot check FILE...</c>: each claim's verdict against the knowledge base, and the claims that conflict.</summary>
public sealed class CheckCommand(CliEnvironment environment) : TextCommand<CheckSettings>(environment)
{
    protected override async Task<int> RunAsync(CheckSettings settings, TextChecks checks, IReadOnlyList<ExtractionResult> results, CancellationToken cancellationToken)
    {
        var today = settings.AsOf is null ? Environment.Today : DayArgument.Parse(settings.AsOf, "--as-of").Value;
        var verdicts = new List<CheckResult>();
        foreach (var result in results)
        {
            verdicts.Add(await checks.CheckAsync(result, today, cancellationToken));
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJsonDocuments(verdicts.Select(ClaimJson.Check).ToList());
        }
        else
        {
            foreach (var check in verdicts)
            {
                ClaimTable.Render(Out, check.Extraction, check);
            }
        }

        return ExitCodes.Ok;
    }
}

/// <summary>Reads the documents (with a progress bar for many) and extracts their claims.</summary>
public abstract class TextCommand<TSettings>(CliEnvironment environment) : ReadCommand<TSettings>(environment)
    where TSettings : ExtractSettings
{
    protected sealed override async Task<int> ReadAsync(TSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        var checks = await TextChecks.OverAsync(store, cancellationToken);
        if (settings.Subject is { } subject && await checks.UnknownSubjectAsync(subject, cancellationToken) is not null)
        {
            return await UnknownActorAsync(store, subject, cancellationToken);
        }

        var missing = settings.Files.Where(f => f != GriotApp.StandardInput && !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            foreach (var file in missing)
            {
                Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(file)}: no such file");
            }

            return ExitCodes.Failure;
        }

        var options = new ExtractionOptions(settings.Subject, settings.DocumentDate is null ? null : DayArgument.Parse(settings.DocumentDate, "--document-date").Value,
            settings.Language, settings is ExtractCommandSettings { Explain: true });
        var results = new List<ExtractionResult>();
        try
        {
            if (settings.Files.Length > 1)
            {
                await Environment.Error.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("reading", maxValue: settings.Files.Length);
                    foreach (var file in settings.Files)
                    {
                        results.Add(checks.Extract(await ReadAsync(file, cancellationToken), options));
                        task.Increment(1);
                    }
                });
            }
            else
            {
                results.Add(checks.Extract(await ReadAsync(settings.Files[0], cancellationToken), options));
            }
        }
        catch (UnreadableDocumentException e)
        {
            Environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.Failure;
        }

        return await RunAsync(settings, checks, results, cancellationToken);
    }

    protected abstract Task<int> RunAsync(TSettings settings, TextChecks checks, IReadOnlyList<ExtractionResult> results, CancellationToken cancellationToken);

    /// <summary>One document's JSON as it is; several as an array.</summary>
    protected void WriteJsonDocuments(IReadOnlyList<System.Text.Json.Nodes.JsonObject> documents) =>
        WriteJson(documents.Count == 1 ? documents[0] : new System.Text.Json.Nodes.JsonArray(documents.Select(d => (System.Text.Json.Nodes.JsonNode?)d).ToArray()));

    private async Task<Document> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (file != GriotApp.StandardInput)
        {
            return await DocumentReader.ReadFileAsync(file, cancellationToken);
        }

        var text = await Environment.Input.ReadToEndAsync(cancellationToken);
        return DocumentReader.Read(Encoding.UTF8.GetBytes(text), "-");
    }
}

/// <summary>A document's claims as a table: sentence, claim, and where checked, verdict and reason.</summary>
internal static class ClaimTable
{
    public static void Render(IAnsiConsole console, ExtractionResult result, CheckResult? check)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(result.Document.Name)}[/]: {result.Sentences.Count} sentences, {result.Claims.Count} claims"
            + (result.MainSubject is null ? "" : $", about {result.MainSubject}") + $", {LanguageNames(result)}").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("claim").AddColumn("evidence");
        if (check is not null)
        {
            table.AddColumn("verdict").AddColumn("reason");
        }

        for (var i = 0; i < result.Claims.Count; i++)
        {
            var c = result.Claims[i];
            var cells = new List<string> { i.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(Describe(c)), $"[grey]{Markup.Escape(Shorten(c.Evidence.Text))}[/]" };
            if (check is not null)
            {
                var v = check.Verdicts[i];
                cells.Add($"[{Colour(v.Verdict)}]{VocabularyNames.ToName(v.Verdict)}[/]");
                cells.Add(Markup.Escape(v.Reason));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        if (check is { Conflicts.Count: > 0 })
        {
            console.MarkupLine("[bold]conflicts[/]");
            foreach (var conflict in check.Conflicts)
            {
                console.MarkupLine($"  [yellow]{string.Join(" & ", conflict.Claims.Select(i => $"#{i}"))}[/] {Markup.Escape(conflict.Reason)}");
            }
        }
    }

    /// <summary>"English", or "French (40 sentences), English (2)" for mixed text.</summary>
    internal static string LanguageNames(ExtractionResult result)
    {
        string Name(string code) => Griot.Text.Language.LanguageSet.Bundled.Find(code)?.Name ?? code;
        var counts = result.Languages;
        return counts.Count <= 1 ? Name(result.Language)
            : string.Join(", ", counts.OrderByDescending(c => c.Value).Select((c, i) => $"{Name(c.Key)} ({c.Value}{(i == 0 ? " sentences" : "")})"));
    }

    private static string Describe(Claim c)
    {
        var text = new StringBuilder($"{c.Subject} {c.Predicate.Id}");
        if (c.Object is not null)
        {
            text.Append(' ').Append(c.Object);
        }

        if (c.Qualifiers.Count > 0)
        {
            text.Append(" (").Append(c.Qualifiers).Append(')');
        }

        if (c.At is { } at)
        {
            text.Append(" in ").Append(at);
        }
        else if (c.Valid != Core.Time.ValidityInterval.Always)
        {
            text.Append(' ').Append(c.Valid);
        }

        if (c.Hedged)
        {
            text.Append(" [hedged]");
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 87), "…");

    private static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "green",
        Verdict.Contradicted => "red",
        Verdict.Outdated => "yellow",
        _ => "grey",
    };
}

/// <summary>How each sentence was read: kind, language, actors (pointed-to ones marked) and dates.</summary>
internal static class ReadingTable
{
    public static void Render(IAnsiConsole console, ExtractionResult result)
    {
        var text = result.Document.Text;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("sentence").AddColumn("read as");
        foreach (var reading in result.Readings ?? [])
        {
            var s = reading.Sentence;
            string Span(int first, int last) => text[reading.Tokens[first].Start..reading.Tokens[last].End];
            var actors = reading.Mentions.Select(m => $"{m.ActorId}{(m.Type == Griot.Text.Reading.MentionType.Anaphor ? $"←“{Span(m.First, m.Last)}”" : "")}");
            var dates = reading.Dates.Select(d => $"{VocabularyNames.ToName(d.Role)} {d.Date}{(d.Until is { } u ? $"–{u}" : "")}");
            var read = $"{VocabularyNames.ToName(s.Kind)} · {s.Language}\nactors: {string.Join(", ", actors)}\ndates: {string.Join(", ", dates)}";
            table.AddRow(s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.TextOf(text)), Markup.Escape(read));
        }

        console.Write(table);
    }
}
