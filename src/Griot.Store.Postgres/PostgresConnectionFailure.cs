using System.Net.Sockets;
using Npgsql;

namespace Griot.Store.Postgres;

/// <summary>Turns the ways a connection attempt fails into <see cref="StoreUnavailableException"/> with a reason people can act on.</summary>
internal static class PostgresConnectionFailure
{
    public static StoreUnavailableException? Explain(string location, Exception error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } e =>
            new(location, "the database does not exist (create it, or name another one)", e),
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
            new(location, "the server refused the login (check the user name and password)", e),
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections } e =>
            new(location, "the server does not accept connections now (" + e.MessageText + ")", e),
        NpgsqlException { InnerException: SocketException socket } e =>
            new(location, $"no PostgreSQL server answers there ({socket.Message}); is it running, on that host and port?", e),
        NpgsqlException { InnerException: TimeoutException } e =>
            new(location, "the server did not answer in time; is it running, on that host and port?", e),
        NpgsqlException { InnerException: IOException or System.Security.Authentication.AuthenticationException } e =>
            new(location, "the connection failed (" + e.InnerException!.Message + ")", e),
        _ => null,
    };
}
