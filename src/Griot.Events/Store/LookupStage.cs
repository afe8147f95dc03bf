using DuckDB.NET.Data;
using Griot.Events.Lookups;

namespace Griot.Events.Store;

/// <summary>
/// The lookups that ship with Griot (<see cref="EventLookups"/>), staged as temporary <c>lookup_*</c> tables while
/// migrations run, so that a migration copies them with plain SQL. Rows go in through DuckDB's appender: no value
/// is written into SQL text.
/// </summary>
internal static class LookupStage
{
    private static readonly string[] Tables = ["lookup_cameo_events", "lookup_cameo_countries", "lookup_geo_countries", "lookup_country_names"];

    public static async Task FillAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("""
            CREATE OR REPLACE TEMP TABLE lookup_cameo_events (code VARCHAR, description VARCHAR, root VARCHAR, quad_class TINYINT, goldstein DOUBLE);
            CREATE OR REPLACE TEMP TABLE lookup_cameo_countries (code VARCHAR, label VARCHAR);
            CREATE OR REPLACE TEMP TABLE lookup_geo_countries (iso2 VARCHAR, iso3 VARCHAR, fips VARCHAR, name VARCHAR);
            CREATE OR REPLACE TEMP TABLE lookup_country_names (name_key VARCHAR, code VARCHAR);
            """, cancellationToken);
        var lookups = EventLookups.Default;
        using (var appender = connection.CreateAppender("lookup_cameo_events"))
        {
            foreach (var code in lookups.EventCodes.Values)
            {
                var row = appender.CreateRow().AppendValue(code.Code).AppendValue(code.Description).AppendValue(code.Root).AppendValue((sbyte)code.QuadClass);
                (code.Goldstein is { } g ? row.AppendValue(g) : row.AppendNullValue()).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("lookup_cameo_countries"))
        {
            foreach (var (code, label) in lookups.Countries)
            {
                appender.CreateRow().AppendValue(code).AppendValue(label).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("lookup_geo_countries"))
        {
            foreach (var country in lookups.Geo)
            {
                appender.CreateRow().AppendValue(country.Iso2).AppendValue(country.Iso3).AppendValue(country.Fips.Length == 0 ? null : country.Fips)
                    .AppendValue(country.Name).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("lookup_country_names"))
        {
            foreach (var (name, code) in CountryNames(lookups))
            {
                appender.CreateRow().AppendValue(name).AppendValue(code).EndRow();
            }
        }
    }

    public static async Task DropAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in Tables)
        {
            await connection.ExecuteAsync($"DROP TABLE IF EXISTS temp.{table}", cancellationToken);
        }
    }

    // Names of states as ICEWS writes them ("Mali", "Russian Federation") → CAMEO country codes: GeoNames' names
    // first, then CAMEO's labels for codes that are not ISO (regions and the like).
    private static Dictionary<string, string> CountryNames(EventLookups lookups)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in lookups.Geo)
        {
            names.TryAdd(country.Name.ToLowerInvariant(), country.Iso3);
        }

        foreach (var (code, label) in lookups.Countries.Where(c => c.Key.Length == 3))
        {
            names.TryAdd(label.ToLowerInvariant(), code);
        }

        return names;
    }
}
