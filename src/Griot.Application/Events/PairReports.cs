using Griot.Core.Statements;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Store;
using Griot.Store.Queries;

namespace Griot.Application.Events;

/// <summary>What is asked of a pair of states: the period, and the span (open ends when null).</summary>
public sealed record PairSeriesRequest(string A, string B, SeriesInterval Interval = SeriesInterval.Month, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// A pair of states in coded event data, period by period and direction, its monthly shifts, and what the knowledge
/// base holds for the pair over the span asked for (else over the span of the pair's events).
/// </summary>
/// <param name="Shifts">Null when there is no event store.</param>
/// <param name="Message">A word for the user when there is no event store yet.</param>
public sealed record PairSeriesReport(EventParty A, EventParty B, DyadSeries Series, DyadShifts? Shifts, IReadOnlyList<Statement> Statements,
    string? EventsPath, string? Message);

/// <summary>Why a pair report could not be made; <see cref="Field"/> names the input at fault (a, b, from, events).</summary>
public sealed record PairProblem(string Field, string Message, PartyProblem? Party = null, bool Busy = false);

/// <summary>
/// The pair report, one flow for <c>griot events series</c> and <c>GET /api/events/series</c>: resolves the two states,
/// opens the event store read-only (so an import can run beside it), and reads the series, shifts and statements.
/// </summary>
public sealed class PairReports(IKnowledgeReader knowledge, string eventsPath)
{
    public const string NoEventsMessage = "No coded events yet: import GDELT or ICEWS files with 'griot events import FILE'.";

    public async Task<(PairSeriesReport? Report, PairProblem? Problem)> SeriesAsync(PairSeriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.From is { } from && request.To is { } to && from > to)
        {
            return (null, new PairProblem("from", "from is after to"));
        }

        IEventStore? events;
        try
        {
            events = await EventStore.OpenAsync(eventsPath, new EventStoreOptions(MemoryLimit: "512MB", ReadOnly: true), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            events = null;
        }
        catch (EventStoreBusyException)
        {
            return (null, new PairProblem("events", "an import is writing to the event store; try again when it is done", Busy: true));
        }

        await using (events)
        {
            var parties = new EventParties(knowledge);
            var labels = events is null ? null : await events.GetCountryLabelsAsync(cancellationToken);
            Func<string, string?> label = code => labels?.GetValueOrDefault(code);
            var (a, problemA) = await parties.ResolveAsync(request.A, label, cancellationToken);
            if (a is null)
            {
                return (null, new PairProblem("a", problemA!.Message, problemA));
            }

            var (b, problemB) = await parties.ResolveAsync(request.B, label, cancellationToken);
            if (b is null)
            {
                return (null, new PairProblem("b", problemB!.Message, problemB));
            }

            if (a.Code == b.Code)
            {
                return (null, new PairProblem("b", "a pair needs two different states"));
            }

            var queries = events is null ? null : new EventQueries(events);
            var series = queries is null
                ? new DyadSeries(a.Code, b.Code, request.Interval, request.From, request.To, [])
                : await queries.SeriesAsync(a.Code, b.Code, request.From, request.To, request.Interval, cancellationToken);
            var span = queries is null ? null : await queries.SpanAsync(a.Code, b.Code, cancellationToken);
            var shifts = queries is null ? null : await queries.ShiftsAsync(a.Code, b.Code, request.From, request.To, cancellationToken: cancellationToken);
            var statements = a.ActorId is null || b.ActorId is null ? []
                : await new KnowledgeQueries(knowledge).PairStatementsAsync(a.ActorId, b.ActorId, request.From ?? span?.First, request.To ?? span?.Last, cancellationToken);
            return (new PairSeriesReport(a, b, series, shifts, statements, events?.Path, events is null ? NoEventsMessage : null), null);
        }
    }
}
