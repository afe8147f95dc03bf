using System.Globalization;
using System.Text.RegularExpressions;
using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Store.ReferenceData;

/// <summary>What the rows of a data file are.</summary>
public enum RowKind
{
    Actors,
    Statements,
}

/// <summary>
/// Reads a folder of reference data (<c>actors/*.tsv</c>, <c>statements/*.tsv</c>; see
/// <c>data/README.md</c>) row by row, reporting every malformed row with file, line and field.
/// </summary>
public static partial class ReferenceDataReader
{
    private static readonly string[] ActorColumns =
        ["id", "kind", "name", "official_name", "other_names", "acronyms", "demonyms", "capital", "iso2", "iso_numeric", "cow", "cameo", "wikidata", "source"];

    private static readonly string[] StatementColumns = ["subject", "predicate", "object", "start", "end", "qualifiers", "source"];

    /// <summary>
    /// Reads every data file under <paramref name="directory"/>. Rows are cited as
    /// <c>data/&lt;path&gt;</c>; diagnostics name files by <paramref name="displayRoot"/> joined with the path
    /// (the folder itself when not given).
    /// </summary>
    public static ReferenceDataSet ReadDirectory(string directory, string? displayRoot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"reference data folder '{directory}' does not exist");
        }

        displayRoot ??= directory;
        var diagnostics = new List<DataDiagnostic>();
        var actors = new List<LocatedActor>();
        var statements = new List<LocatedStatement>();
        foreach (var file in DataFiles(directory))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var display = Path.Join(displayRoot, relative);
            var dataset = "data/" + relative;
            var table = TsvTable.Parse(display, File.ReadAllText(file), diagnostics);
            var kind = relative.StartsWith("actors/", StringComparison.Ordinal) ? RowKind.Actors : RowKind.Statements;
            RequireColumns(display, table.HeaderLine, table.Header, kind, diagnostics);
            ReadRows(table.Rows, kind, display, dataset, actors, statements, diagnostics);
        }

        return new ReferenceDataSet(actors, statements, diagnostics);
    }

    /// <summary>The data files of a folder, in a stable order.</summary>
    public static IReadOnlyList<string> DataFiles(string directory) =>
        new[] { "actors", "statements" }
            .Select(sub => Path.Join(directory, sub))
            .Where(Directory.Exists)
            .SelectMany(sub => Directory.EnumerateFiles(sub, "*.tsv", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Which columns a table has tell what its rows are: actors (<c>id</c>, <c>kind</c>) or statements.</summary>
    public static RowKind KindOf(IReadOnlyCollection<string> header) =>
        header.Contains("kind") && header.Contains("id") ? RowKind.Actors : RowKind.Statements;

    /// <summary>Reports the header's missing columns; true when none is missing.</summary>
    public static bool RequireColumns(string file, int headerLine, IReadOnlyCollection<string> header, RowKind kind, ICollection<DataDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var columns = kind == RowKind.Actors ? ActorColumns : StatementColumns;
        var missing = columns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0 && header.Count > 0)
        {
            diagnostics.Add(new DataDiagnostic(file, headerLine, null,
                $"the header lacks the column(s) {string.Join(", ", missing)}", $"the header must name {string.Join(", ", columns)}"));
        }

        return missing.Length == 0;
    }

    /// <summary>
    /// Reads rows of one kind, adding what is valid to <paramref name="actors"/> or
    /// <paramref name="statements"/> and every problem to <paramref name="diagnostics"/>. Rows are cited
    /// as <paramref name="dataset"/> and their line.
    /// </summary>
    public static void ReadRows(IEnumerable<DataRow> rows, RowKind kind, string file, string dataset,
        ICollection<LocatedActor> actors, ICollection<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(statements);
        foreach (var row in rows)
        {
            if (kind == RowKind.Actors && ReadActor(row, file, dataset, diagnostics) is { } actor)
            {
                actors.Add(actor);
            }
            else if (kind == RowKind.Statements && ReadStatement(row, file, dataset, diagnostics) is { } statement)
            {
                statements.Add(statement);
            }
        }
    }

    private static IReadOnlyList<Reference> Sources(DataRow row, string dataset) =>
        row.List("source").Select(s => Reference.FromDataset(dataset, row.Line, s)).ToArray();

    private static LocatedActor? ReadActor(DataRow row, string file, string dataset, List<DataDiagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        void Problem(string field, string message, string? hint = null) =>
            diagnostics.Add(new DataDiagnostic(file, row.Line, field, message, hint));

        if (!VocabularyNames.TryParse<ActorKind>(row["kind"], out var kind))
        {
            Problem("kind", $"'{row["kind"]}' is not an actor kind", $"use one of {string.Join(", ", VocabularyNames.All<ActorKind>())}");
        }
        else if (ActorId.Check(kind, row["id"]) is { } idError)
        {
            Problem("id", idError, "ISO alpha-3 for states, the fixed upper-case id for organizations, a kebab slug otherwise");
        }

        if (row["name"].Length == 0)
        {
            Problem("name", "the name is empty", "give the canonical English name");
        }

        int? cow = null;
        if (row["cow"].Length > 0)
        {
            if (int.TryParse(row["cow"], NumberStyles.None, CultureInfo.InvariantCulture, out var c))
            {
                cow = c;
            }
            else
            {
                Problem("cow", $"'{row["cow"]}' is not a Correlates of War number", "write the state number, digits only (432)");
            }
        }

        CheckPattern(row, "iso2", IsoAlpha2(), "two upper-case letters (ML)", Problem);
        CheckPattern(row, "iso_numeric", IsoNumeric(), "three digits (466)", Problem);
        CheckPattern(row, "wikidata", WikidataQid(), "Q followed by digits (Q912)", Problem);
        if (row["source"].Length == 0)
        {
            Problem("source", "the row has no source", "name the publication or URL the row comes from");
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var actor = new Actor(row["id"], kind, row["name"], row["official_name"], row.List("other_names"), row.List("acronyms"),
            row.List("demonyms"), row["capital"],
            new ActorIdentifiers(Empty(row["iso2"]), Empty(row["iso_numeric"]), cow, Empty(row["cameo"]), Empty(row["wikidata"])),
            row.List("places"));
        return new LocatedActor(new SourcedActor(actor, Sources(row, dataset)), new RowLocation(file, row.Line));
    }

    private static LocatedStatement? ReadStatement(DataRow row, string file, string dataset, List<DataDiagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        void Problem(string field, string message, string? hint = null) =>
            diagnostics.Add(new DataDiagnostic(file, row.Line, field, message, hint));

        if (row["subject"].Length == 0)
        {
            Problem("subject", "the subject is empty", "give an actor id");
        }

        if (!Predicate.TryGet(row["predicate"], out var predicate))
        {
            Problem("predicate", $"'{row["predicate"]}' is not a predicate", $"use one of {string.Join(", ", Predicate.All.Select(p => p.Id))}");
        }

        var interval = ValidityInterval.Parse(row["start"], row["end"]);
        if (!interval.Success)
        {
            var field = interval.Error!.StartsWith("start:", StringComparison.Ordinal) ? "start" : "end";
            var message = interval.Error.StartsWith(field + ": ", StringComparison.Ordinal) ? interval.Error[(field.Length + 2)..] : interval.Error;
            Problem(field, message, "write YYYY, YYYY-MM or YYYY-MM-DD, after:/before: before a date, ? for unknown, and an end after the start");
        }

        var qualifiers = Qualifiers.Parse(row["qualifiers"]);
        if (!qualifiers.Success)
        {
            Problem("qualifiers", qualifiers.Error!, "write key=value pairs separated by '; '");
        }

        if (predicate is not null && qualifiers.Success && Statement.CheckShape(predicate, Empty(row["object"]), qualifiers.Value) is { } shape)
        {
            Problem(shape.Field, shape.Message, "write the object and qualifiers VOCABULARY.md gives for this predicate");
        }

        if (row["source"].Length == 0)
        {
            Problem("source", "the row has no source", "name the publication or URL the row comes from");
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var statement = Statement.Create(row["subject"], predicate!, Empty(row["object"]), qualifiers.Value, interval.Value, Sources(row, dataset));
        return new LocatedStatement(statement, new RowLocation(file, row.Line), statement.Subject != row["subject"]);
    }

    private static void CheckPattern(DataRow row, string column, Regex pattern, string form, Action<string, string, string?> problem)
    {
        if (row[column].Length > 0 && !pattern.IsMatch(row[column]))
        {
            problem(column, $"'{row[column]}' is not of the form {form}", $"write {form}, or leave it empty");
        }
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex IsoAlpha2();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex IsoNumeric();

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex WikidataQid();
}
