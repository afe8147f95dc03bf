using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Griot.Events.Store;

/// <summary>
/// Runs SQL on a DuckDB connection with its values as named parameters (<c>$name</c>). A cancelled token interrupts
/// the running statement (ADO.NET's async methods call <see cref="DbCommand.Cancel"/>, which DuckDB honours).
/// </summary>
internal static class DuckDbCommands
{
    /// <summary>A named parameter, written <c>$name</c> in the SQL.</summary>
    public static DuckDBParameter Parameter(string name, object? value) => new(name, value ?? DBNull.Value);

    public static DuckDBCommand Command(this DuckDBConnection connection, string sql, params ReadOnlySpan<DuckDBParameter> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(this DuckDBConnection connection, string sql, CancellationToken cancellationToken,
        params DuckDBParameter[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row, converted to <typeparamref name="T"/>; default when there is no row or it is NULL.</summary>
    public static async Task<T> ScalarAsync<T>(this DuckDBConnection connection, string sql, CancellationToken cancellationToken,
        params DuckDBParameter[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull
            ? default!
            : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row, read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(this DuckDBConnection connection, string sql, Func<DbDataReader, T> read,
        CancellationToken cancellationToken, params DuckDBParameter[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static double? NullableDouble(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
