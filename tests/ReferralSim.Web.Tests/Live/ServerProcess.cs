using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReferralSim.Web.Tests.TestSupport;

namespace ReferralSim.Web.Tests.Live;

/// <summary>
/// The real referralsim server as its own process on a loopback port, with its own data folder, so
/// a test can kill it as a crash would and start it again on the same data.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ServerProcess(string dataFolder, IReadOnlyDictionary<string, string?> settings, int port, string scenariosFolder)
    {
        (DataFolder, Settings, Port, ScenariosFolder) = (dataFolder, settings, port, scenariosFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[] { Executable, "serve", "--urls", BaseAddress.ToString().TrimEnd('/'), "--data", dataFolder, "--scenarios", scenariosFolder })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        _process.OutputDataReceived += (_, line) => Observe(line.Data);
        _process.ErrorDataReceived += (_, line) => Observe(line.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("the server exited:\n" + Output));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The built referralsim.dll, of the same configuration (Debug or Release) as the tests.</summary>
    public static string Executable { get; } = RepositoryRoot.Combine("web", "bin",
        typeof(ServerProcess).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0", "referralsim.dll");

    public string DataFolder { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public int Port { get; }

    public string ScenariosFolder { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    /// <summary>Starts a server and waits until it says it is listening (after start-up recovery has run).</summary>
    public static async Task<ServerProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string?> settings, int? port = null,
        string? scenariosFolder = null)
    {
        var server = new ServerProcess(dataFolder, settings, port ?? FreePort(), scenariosFolder ?? RepositoryRoot.Combine("scenarios"));
        await server._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>Ends the process at once, as a crash or a pulled plug would: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public Task<ServerProcess> RestartAsync() => StartAsync(DataFolder, Settings, Port, ScenariosFolder);

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("referralsim-server-").FullName;

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains("Now listening on:", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
