using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Lineage.Testing;

namespace Lineage.Bench.Ui;

/// <summary>
/// The built workbench (<c>lineage serve</c>, next to this benchmark's Workbench reference) as a child process on a
/// free loopback port, configured through environment variables; stopped with the object.
/// </summary>
internal sealed class WorkbenchProcess : IDisposable
{
    private readonly Process _process;

    private WorkbenchProcess(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public static async Task<WorkbenchProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WorkbenchDll(), "serve", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The workbench did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  workbench: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var workbench = new WorkbenchProcess(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(1); await Task.Delay(200))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The workbench exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(workbench.Address + "/api/assets")).IsSuccessStatusCode)
                    return workbench;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        workbench.Dispose();
        throw new TimeoutException("The workbench did not answer within a minute.");
    }

    private static string WorkbenchDll()
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))) ?? "Release";
        var dll = Path.Combine(RepositoryRoot.Path, "src", "Workbench", "bin", configuration, "net10.0", "lineage.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the workbench first: {dll} is missing.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
