using System.Diagnostics;
using System.Text;

namespace Lineage.Workbench.Tests.Orchestration.Cluster;

/// <summary>
/// A <c>lineage worker</c> process started from the build output, its settings in environment variables; everything it
/// prints is kept for failure messages. Disposing kills it if it still runs.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(string node, Process process)
    {
        Node = node;
        _process = process;
    }

    public string Node { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static WorkerProcess Start(string node, int maxParallel, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test project's output holds the workbench build (lineage.dll with its runtimeconfig and deps files).
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "lineage.dll"), "worker", "--node", node, "--max-parallel", maxParallel.ToString() })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var worker = new WorkerProcess(node, new Process { StartInfo = start, EnableRaisingEvents = true });
        worker._process.OutputDataReceived += (_, e) => worker.Append(e.Data, fromError: false);
        worker._process.ErrorDataReceived += (_, e) => worker.Append(e.Data, fromError: true);
        worker._process.Exited += (_, _) => worker._ready.TrySetException(new InvalidOperationException($"worker {node} exited before it was ready:\n{worker.Output}"));
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"worker {Node} did not say it was ready in {timeout.TotalSeconds} s:\n{Output}");
        }
    }

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> would: no shutdown, no clean-up.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    private void Append(string? line, bool fromError)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Append(fromError ? "[stderr] " : "").AppendLine(line);
        if (!fromError && line.StartsWith($"worker {Node} ready", StringComparison.Ordinal))
            _ready.TrySetResult();
    }
}
