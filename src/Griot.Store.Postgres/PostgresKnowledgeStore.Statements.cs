using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store.Engines;
using Npgsql;

namespace Griot.Store.Postgres;

public sealed partial class PostgresKnowledgeStore
{
    public async Task<IReadOnlyList<Statement>> QueryAsync(StatementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = new List<string>();
        void Filter(string? value, string clause, string name)
        {
            if (value is not null)
            {
                where.Add(clause);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Filter(query.Subject, "s.subject = @subject", "subject");
        Filter(query.Predicate, "s.predicate = @predicate", "predicate");
        Filter(query.Object, "s.object = @object", "object");
        Filter(query.Involving, "(s.subject = @involving OR s.object = @involving)", "involving");
        if (query.ValidOn is { } day)
        {
            where.Add("s.start_earliest <= @day AND @day < s.end_latest");
            command.Parameters.AddWithValue("day", day.DayNumber);
        }

        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        // Code-point order and NULL objects first, as SQLite sorts, so both engines list statements alike.
        command.CommandText = $"""
            SELECT s.id, s.subject, s.predicate, s.object, s.qualifiers, s.start_bound, s.end_bound,
                   r.source, r.dataset, r."row", r.document, r.span_start, r.span_end, r.text
            FROM statements s LEFT JOIN statement_references r ON r.statement_id = s.id
            {filter}
            ORDER BY s.subject COLLATE "C", s.predicate COLLATE "C", s.start_earliest, s.object COLLATE "C" NULLS FIRST,
                     s.id COLLATE "C", r.seq
            """;

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadStatementsAsync(reader, cancellationToken);
    }
}
