using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Griot.Store.ReferenceData;

namespace Griot.Store.Exchange;

/// <summary>
/// Reads files to import: tab-separated in the format of <c>data/</c>, comma-separated with the same
/// columns, and JSON in VOCABULARY.md's statement shape (a list, an object with <c>statements</c> and
/// <c>actors</c>, or Griot's JSON-LD export). Every problem is reported with file, line and field.
/// </summary>
public static class StatementFileReader
{
    /// <summary>Reads <paramref name="paths"/> (<c>-</c> for standard input, given as <paramref name="standardInput"/>).</summary>
    public static ReferenceDataSet Read(IEnumerable<string> paths, TextReader? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var actors = new List<LocatedActor>();
        var statements = new List<LocatedStatement>();
        var diagnostics = new List<DataDiagnostic>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = path == "-" ? (standardInput ?? Console.In).ReadToEnd() : File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new DataDiagnostic(path, 0, null, $"cannot read the file: {e.Message}", "check the path"));
                continue;
            }

            var name = path == "-" ? "<stdin>" : path;
            var dataset = path == "-" ? "stdin" : Path.GetFileName(path);
            switch (FormatOf(path, text))
            {
                case FileFormat.Json:
                    JsonStatementReader.Read(name, dataset, text, actors, statements, diagnostics);
                    break;
                case FileFormat.Csv:
                    ReadCsv(name, dataset, text, actors, statements, diagnostics);
                    break;
                default:
                    var table = TsvTable.Parse(name, text, diagnostics);
                    var kind = ReferenceDataReader.KindOf(table.Header);
                    if (ReferenceDataReader.RequireColumns(name, table.HeaderLine, table.Header, kind, diagnostics))
                    {
                        ReferenceDataReader.ReadRows(table.Rows, kind, name, dataset, actors, statements, diagnostics);
                    }

                    break;
            }
        }

        return new ReferenceDataSet(actors, statements, diagnostics);
    }

    private enum FileFormat
    {
        Tsv,
        Csv,
        Json,
    }

    private static FileFormat FormatOf(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (extension is ".json" or ".jsonld" || first.StartsWith('{') || first.StartsWith('['))
        {
            return FileFormat.Json;
        }

        return extension == ".csv" ? FileFormat.Csv : FileFormat.Tsv;
    }

    private static void ReadCsv(string file, string dataset, string text, List<LocatedActor> actors,
        List<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            AllowComments = true,
            Comment = '#',
            IgnoreBlankLines = true,
            BadDataFound = null,
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            diagnostics.Add(new DataDiagnostic(file, 1, null, "the file has no header row", "start the file with the column names"));
            return;
        }

        var headerLine = csv.Parser.RawRow;
        var kind = ReferenceDataReader.KindOf(header);
        if (!ReferenceDataReader.RequireColumns(file, headerLine, header, kind, diagnostics))
        {
            return;
        }

        var rows = new List<DataRow>();
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            var line = csv.Parser.RawRow;
            if (record.Length != header.Length)
            {
                diagnostics.Add(new DataDiagnostic(file, line, null, $"the row has {record.Length} fields but the header has {header.Length}",
                    "quote fields that contain commas"));
                continue;
            }

            rows.Add(new DataRow(line, header.Zip(record).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        ReferenceDataReader.ReadRows(rows, kind, file, dataset, actors, statements, diagnostics);
    }
}
