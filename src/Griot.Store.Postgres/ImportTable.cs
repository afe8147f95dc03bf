using Npgsql;
using NpgsqlTypes;

namespace Griot.Store.Postgres;

/// <summary>
/// A temporary table an import fills by binary COPY before merging it into the store with one INSERT … SELECT:
/// one round trip for many rows instead of one each. It lives until the transaction ends, commit or rollback.
/// </summary>
internal sealed class ImportTable(string name, params (string Name, NpgsqlDbType Type)[] columns)
{
    public string Name { get; } = name;

    public async Task FillAsync(NpgsqlConnection connection, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var definitions = string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        await PostgresCommands.ExecuteAsync(connection, $"CREATE TEMP TABLE {Name} ({definitions}) ON COMMIT DROP", cancellationToken);
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Name} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Length; i++)
            {
                if (row[i] is { } value)
                {
                    await importer.WriteAsync(value, columns[i].Type, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string SqlType(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Text => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "import tables hold text and integers"),
    };
}
