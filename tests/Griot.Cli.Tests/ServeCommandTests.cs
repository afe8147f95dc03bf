using System.Net;
using System.Net.Sockets;

namespace Griot.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Serve_PortInUse_FailsWithOneClearLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await _cli.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"http://127.0.0.1:{port} is already in use", result.Error.ReplaceLineEndings(" "));
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    public async Task Serve_PortOutOfRange_IsAUsageError(string port)
    {
        var result = await _cli.RunAsync("serve", "--port", port);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--port", result.Error);
    }
}
