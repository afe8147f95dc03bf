using Griot.Events.Store;

namespace Griot.Events.Tests;

/// <summary>Plain SQL on a store's DuckDB file, for tests that check what a store holds against an independent query.</summary>
internal static class StoreSql
{
    public static Task<T> ScalarAsync<T>(this IEventStore store, string sql) =>
        ((DuckDbEventStore)store).Connection.ScalarAsync<T>(sql, TestContext.Current.CancellationToken);

    public static Task<int> ExecuteAsync(this IEventStore store, string sql) =>
        ((DuckDbEventStore)store).Connection.ExecuteAsync(sql, TestContext.Current.CancellationToken);
}
