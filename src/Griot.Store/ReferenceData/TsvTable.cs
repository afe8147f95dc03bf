namespace Griot.Store.ReferenceData;

/// <summary>
/// A tab-separated file as Griot writes them: UTF-8, one header row, <c>#</c> comment lines and
/// blank lines skipped. Rows keep their 1-based line numbers for diagnostics.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<TsvRow> rows, int headerLine)
    {
        File = file;
        Header = header;
        Rows = rows;
        HeaderLine = headerLine;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public int HeaderLine { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Reads <paramref name="text"/>; rows whose number of fields differs from the header's are reported, not kept.</summary>
    public static TsvTable Parse(string file, string text, ICollection<DataDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = text.Split('\n');
        string[]? header = null;
        var headerLine = 0;
        var rows = new List<TsvRow>();
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

            rows.Add(new TsvRow(table!, i + 1, fields));
        }

        if (table is null)
        {
            diagnostics.Add(new DataDiagnostic(file, 1, null, "the file has no header row", "start the file with the column names"));
            return new TsvTable(file, [], [], 0);
        }

        return table;
    }

    internal int ColumnIndex(string name) => _columns.TryGetValue(name, out var i) ? i : -1;
}

/// <summary>One row of a <see cref="TsvTable"/>.</summary>
public sealed class TsvRow
{
    private readonly TsvTable _table;
    private readonly string[] _fields;

    internal TsvRow(TsvTable table, int line, string[] fields)
    {
        _table = table;
        Line = line;
        _fields = fields;
    }

    public int Line { get; }

    /// <summary>The trimmed field, or empty when the column is absent.</summary>
    public string this[string column]
    {
        get
        {
            var i = _table.ColumnIndex(column);
            return i < 0 ? "" : _fields[i].Trim();
        }
    }

    /// <summary>A list field split on <c>|</c>, empty entries dropped.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
