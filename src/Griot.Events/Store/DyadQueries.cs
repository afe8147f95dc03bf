using System.Data.Common;
using DuckDB.NET.Data;
using Griot.Events.Queries;
using static Griot.Events.Store.DuckDbCommands;

namespace Griot.Events.Store;

/// <summary>The DuckDB side of <see cref="IEventStore"/>'s dyad questions: SQL over the monthly summary and, for partial months, the events.</summary>
internal static class DyadQueries
{
    private const string Dyad = "((actor1_country = $a AND actor2_country = $b) OR (actor1_country = $b AND actor2_country = $a))";
    private const string EitherSide = "((actor1_country = $c AND actor2_country <> $c) OR (actor2_country = $c AND actor1_country <> $c))";

    public static async Task<IReadOnlyList<SeriesPoint>> PeriodsAsync(DuckDBConnection connection, string a, string b, DateOnly? from, DateOnly? to,
        SeriesInterval interval, CancellationToken cancellationToken)
    {
        var span = new MonthSpan(from, to);
        var sql = $"""
            WITH months AS ({span.Months(Dyad)})
            SELECT date_trunc($unit, month)::DATE AS period, actor1_country, actor2_country, sum(events)::BIGINT,
                   sum(q1)::BIGINT, sum(q2)::BIGINT, sum(q3)::BIGINT, sum(q4)::BIGINT,
                   sum(goldstein_sum) / nullif(sum(goldstein_n), 0), sum(tone_sum) / nullif(sum(tone_n), 0)
            FROM months GROUP BY ALL ORDER BY period, actor1_country
            """;
        return await connection.ListAsync(sql, Point, cancellationToken,
            [Parameter("a", a), Parameter("b", b), Parameter("unit", interval.ToString().ToLowerInvariant()), .. span.Parameters]);
    }

    public static async Task<IReadOnlyList<PartnerVolume>> PartnersAsync(DuckDBConnection connection, string country, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var span = new MonthSpan(from, to);
        var sql = $"""
            WITH months AS ({span.Months(EitherSide)})
            SELECT CASE WHEN actor1_country = $c THEN actor2_country ELSE actor1_country END AS partner, sum(events)::BIGINT AS n,
                   (sum(q1) + sum(q2))::BIGINT, (sum(q3) + sum(q4))::BIGINT, sum(goldstein_sum) / nullif(sum(goldstein_n), 0)
            FROM months GROUP BY partner ORDER BY n DESC, partner
            """;
        return await connection.ListAsync(sql, r => new PartnerVolume(r.GetString(0), r.Long(1), r.Long(2), r.Long(3), r.NullableDouble(4)),
            cancellationToken, [Parameter("c", country), .. span.Parameters]);
    }

    public static async Task<(DateOnly First, DateOnly Last)?> SpanAsync(DuckDBConnection connection, string a, string b, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync($"SELECT min(month), last_day(max(month)) FROM dyad_months WHERE {Dyad}",
            r => r.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (r.GetFieldValue<DateOnly>(0), r.GetFieldValue<DateOnly>(1)),
            cancellationToken, Parameter("a", a), Parameter("b", b));
        return rows.FirstOrDefault();
    }

    private static SeriesPoint Point(DbDataReader r) => new(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetString(2), r.Long(3),
        r.Long(4), r.Long(5), r.Long(6), r.Long(7), r.NullableDouble(8), r.NullableDouble(9));

    /// <summary>
    /// Directed dyads by month within [from, to]: whole months from the summary kept at import, the partial months at
    /// either end counted from the events themselves. The bounds are the parameters <c>$from</c>, <c>$to</c>,
    /// <c>$full_start</c> and <c>$full_end</c>, each bound only when the SQL uses it.
    /// </summary>
    private sealed class MonthSpan
    {
        private readonly DateOnly? _from;
        private readonly DateOnly? _to;
        private readonly DateOnly? _fullStart;
        private readonly DateOnly? _fullEnd;
        private readonly Dictionary<string, DateOnly> _used = [];

        public MonthSpan(DateOnly? from, DateOnly? to)
        {
            _from = from;
            _to = to;
            _fullStart = from is { } f ? (f.Day == 1 ? f : new DateOnly(f.Year, f.Month, 1).AddMonths(1)) : null;
            _fullEnd = to is { } t ? (t.Day == DateTime.DaysInMonth(t.Year, t.Month) ? new DateOnly(t.Year, t.Month, 1).AddMonths(1) : new DateOnly(t.Year, t.Month, 1)) : null;
        }

        /// <summary>The parameters the SQL of <see cref="Months"/> uses; read after calling it.</summary>
        public IEnumerable<DuckDBParameter> Parameters => _used.Select(p => Parameter(p.Key, p.Value));

        public string Months(string where)
        {
            var parts = new List<string>();
            var raw = new List<string>();
            if (_fullStart is null || _fullEnd is null || _fullStart < _fullEnd)
            {
                parts.Add($"""
                    SELECT month, actor1_country, actor2_country, events, q1, q2, q3, q4, goldstein_sum, goldstein_n, tone_sum, tone_n
                    FROM dyad_months WHERE {where}{(_fullStart is { } s ? $" AND month >= {Bind("full_start", s)}" : "")}{(_fullEnd is { } e ? $" AND month < {Bind("full_end", e)}" : "")}
                    """);
                if (_from is { } start && _fullStart != start)
                {
                    raw.Add($"(event_date >= {Bind("from", start)} AND event_date < {Bind("full_start", _fullStart!.Value)})");
                }

                if (_to is { } end && _fullEnd <= end)
                {
                    raw.Add($"(event_date >= {Bind("full_end", _fullEnd!.Value)} AND event_date <= {Bind("to", end)})");
                }
            }
            else
            {
                raw.Add($"(event_date >= {Bind("from", _from!.Value)} AND event_date <= {Bind("to", _to!.Value)})");
            }

            if (raw.Count > 0)
            {
                parts.Add($"""
                    SELECT {DuckDbEventStore.MonthlyDyads}
                    FROM events WHERE {where} AND ({string.Join(" OR ", raw)})
                    GROUP BY ALL
                    """);
            }

            return string.Join("\nUNION ALL\n", parts);
        }

        private string Bind(string name, DateOnly day)
        {
            _used[name] = day;
            return "$" + name;
        }
    }
}
