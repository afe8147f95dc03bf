namespace Griot.Store.ReferenceData;

/// <summary>
/// A tab-separated file as Griot writes them: UTF-8, one header row, <c>#</c> comment lines and
/// blank lines skipped. Rows keep their 1-based line numbers for diagnostics.
/// </summary>
public sealed class TsvTable
{
    private readonly HashSet<string> _columns;

    private TsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<DataRow> rows, int headerLine)
    {
        File = file;
        Header = header;
        Rows = rows;
        HeaderLine = headerLine;
        _columns = header.ToHashSet(StringComparer.Ordinal);
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public int HeaderLine { get; }

    public IReadOnlyList<DataRow> Rows { get; }

    public bool HasColumn(string name) => _columns.Contains(name);

    /// <summary>Reads <paramref name="text"/>; rows whose number of fields differs from the header's are reported, not kept.</summary>
    public static TsvTable Parse(string file, string text, ICollection<DataDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = text.Split('\n');
        string[]? header = null;
        var headerLine = 0;
        var rows = new List<DataRow>();
        TsvTable? table = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                headerLine = i + 1;
                table = new TsvTable(file, header, rows, headerLine);
                continue;
            }

            if (fields.Length != header.Length)
            {
                diagnostics.Add(new DataDiagnostic(file, i + 1, null,
                    $"the row has {fields.Length} fields but the header has {header.Length}",
                    "separate fields with exactly one tab; leave empty fields empty, not missing"));
                continue;
            }

            rows.Add(new DataRow(i + 1, header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        if (table is null)
        {
            diagnostics.Add(new DataDiagnostic(file, 1, null, "the file has no header row", "start the file with the column names"));
            return new TsvTable(file, [], [], 0);
        }

        return table;
    }
}

/// <summary>One row of a data file (TSV or CSV), its fields by column name, with its 1-based line.</summary>
public sealed class DataRow
{
    private readonly IReadOnlyDictionary<string, string> _fields;

    public DataRow(int line, IReadOnlyDictionary<string, string> fields)
    {
        Line = line;
        _fields = fields ?? throw new ArgumentNullException(nameof(fields));
    }

    public int Line { get; }

    /// <summary>The trimmed field, or empty when the column is absent.</summary>
    public string this[string column] => _fields.TryGetValue(column, out var value) ? value.Trim() : "";

    /// <summary>A list field split on <c>|</c>, empty entries dropped.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
