using Npgsql;

namespace Griot.Store.Postgres;

/// <summary>
/// Knows the store's revision without asking the server on every read: one connection LISTENs on
/// <see cref="Channel"/>, on which every import NOTIFYs its new revision as it commits (PostgreSQL delivers it at
/// commit, to every listening process). While the connection is up, <see cref="Known"/> is the revision; when it
/// drops, <see cref="Known"/> is null (callers read the table) until it is back.
/// </summary>
internal sealed class RevisionWatcher : IAsyncDisposable
{
    public const string Channel = "griot_revision";

    private readonly NpgsqlDataSource _dataSource;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _revision = -1;
    private volatile bool _listening;

    public RevisionWatcher(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>The revision while listening, else null.</summary>
    public long? Known => _listening ? Interlocked.Read(ref _revision) : null;

    /// <summary>Notes a revision this process committed (its own notification may come a moment later).</summary>
    public void Saw(long revision)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _revision)) < revision && Interlocked.CompareExchange(ref _revision, revision, seen) != seen)
        {
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stop);
                connection.Notification += (_, e) =>
                {
                    if (long.TryParse(e.Payload, System.Globalization.CultureInfo.InvariantCulture, out var revision))
                    {
                        Saw(revision);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                // Listening first, then reading: no commit can fall between the two unseen.
                await using (var read = new NpgsqlCommand("SELECT value FROM revision WHERE id = 1", connection))
                {
                    Saw((long)(await read.ExecuteScalarAsync(stop))!);
                }

                _listening = true;
                while (!stop.IsCancellationRequested)
                {
                    await connection.WaitAsync(stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or System.IO.IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                // The server went away or restarted: read the table until listening again.
                _listening = false;
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            finally
            {
                _listening = false;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
