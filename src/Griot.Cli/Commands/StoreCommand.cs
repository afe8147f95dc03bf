using System.Text.Json.Nodes;
using Griot.Application;
using Griot.Store;
using Griot.Store.Json;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;
using Griot.Store.ReadModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

/// <summary>
/// A command that reads the knowledge store: opens it (creating and seeding it from the bundled data
/// on first use, or when that data has changed) and hands it to the command.
/// </summary>
public abstract class StoreCommand<TSettings>(CliEnvironment environment) : AsyncCommand<TSettings>
    where TSettings : StoreSettings
{
    protected CliEnvironment Environment { get; } = environment;

    protected IAnsiConsole Out => Environment.Out;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await KnowledgeStores.OpenSeededAsync(settings.Database ?? Environment.DefaultDatabasePath, Environment.DataDirectory, cancellationToken);
        return await ExecuteAsync(settings, store, cancellationToken);
    }

    protected abstract Task<int> ExecuteAsync(TSettings settings, IKnowledgeStore store, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one of the knowledge shapes (a type of <see cref="GriotJsonContext"/>), or a JSON tree, as it is, unwrapped by the
    /// console's width; both with <see cref="GriotWire.Options"/>, as the API writes them.
    /// </summary>
    protected void WriteJson<T>(T value) =>
        Out.Profile.Out.Writer.WriteLine(value is JsonNode node ? GriotJson.Serialize(node) : GriotWire.Serialize(value));

    /// <summary>Writes a JSON tree as it is, unwrapped by the console's width.</summary>
    protected void WriteJson(JsonNode node) => WriteJson<JsonNode>(node);

    /// <summary>Writes JSON already serialized (by a shape's own options), unwrapped by the console's width.</summary>
    protected void WriteJsonText(string json) => Out.Profile.Out.Writer.WriteLine(json);

    /// <summary>Says that <paramref name="id"/> is not known, with close matches; returns the failure exit code.</summary>
    protected async Task<int> UnknownActorAsync(IKnowledgeReader store, string id, CancellationToken cancellationToken)
    {
        var suggestions = await new KnowledgeQueries(store).SuggestAsync(id, 5, cancellationToken);
        Environment.Error.MarkupLine($"[red]error:[/] unknown actor id '{Markup.Escape(id)}'");
        if (suggestions.Count > 0)
        {
            var list = string.Join(", ", suggestions.Select(s => $"{s.Id} ({s.Name})"));
            Environment.Error.MarkupLine($"did you mean: {Markup.Escape(list)}?");
        }

        Environment.Error.MarkupLine("find an id by name with [bold]griot actors NAME[/]");
        return ExitCodes.Failure;
    }
}

/// <summary>
/// A command that only reads: it answers from a snapshot of the whole knowledge base (<see cref="KnowledgeSnapshot"/>),
/// the same read model the web process serves from.
/// </summary>
public abstract class ReadCommand<TSettings>(CliEnvironment environment) : StoreCommand<TSettings>(environment)
    where TSettings : StoreSettings
{
    protected sealed override async Task<int> ExecuteAsync(TSettings settings, IKnowledgeStore store, CancellationToken cancellationToken) =>
        await ReadAsync(settings, await KnowledgeSnapshot.ReadAsync(store, cancellationToken), cancellationToken);

    protected abstract Task<int> ReadAsync(TSettings settings, IKnowledgeReader knowledge, CancellationToken cancellationToken);
}
