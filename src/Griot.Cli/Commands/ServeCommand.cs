using System.ComponentModel;
using Griot.Web;
using Spectre.Console;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class ServeSettings : StoreSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port to listen on (default 5080).")]
    [DefaultValue(5080)]
    public int Port { get; init; }

    [CommandOption("--host <ADDRESS>")]
    [Description("The address to listen on (default 127.0.0.1, this machine only).")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    public override ValidationResult Validate() =>
        Port is < 1 or > 65535 ? ValidationResult.Error($"--port: {Port} is not a port (1-65535)") : ValidationResult.Success();
}

/// <summary><c>griot serve</c>: the web UI and the HTTP API on the knowledge store, until Ctrl+C.</summary>
public sealed class ServeCommand(CliEnvironment environment) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var url = $"http://{settings.Host}:{settings.Port}";
        var app = GriotWebApp.Build([], builder =>
        {
            builder.Configuration["Griot:Database"] = settings.Database ?? environment.DefaultDatabasePath;
            builder.Configuration["Griot:Data"] = environment.DataDirectory;
            builder.WebHost.UseUrls(url);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // A port in use is reported below in one line, not as the host's stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        });
        await using (app)
        {
            // Open and seed the store before saying where to go.
            await app.Services.GetRequiredService<Griot.Web.Api.GriotStore>().GetAsync(cancellationToken);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(url)} is already in use: stop what listens there or choose another port with --port");
                return ExitCodes.Failure;
            }

            environment.Out.MarkupLine($"Griot is running at [link]{url}/[/] (API reference at {url}/docs); press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return ExitCodes.Ok;
    }
}
