using System.Diagnostics;
using System.Text;

namespace Lineage.Workbench.Tests.Shared;

/// <summary>
/// Runs the <c>lineage</c> executable of the build output in a child process to its end, with settings in environment
/// variables, and keeps what it printed; <c>onLine</c> sees each line as it comes.
/// </summary>
public sealed record LineageProcess(int ExitCode, string Output)
{
    /// <summary>The exit code of a process ended by SIGKILL (128 + 9).</summary>
    public const int KilledExitCode = 137;

    public static async Task<LineageProcess> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string[] args, Action<string>? onLine = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lineage.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var output = new StringBuilder();
        void Append(string? line, string stream)
        {
            if (line is null)
                return;
            lock (output)
                output.Append(stream).Append(line).Append('\n');
            onLine?.Invoke(line);
        }
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, "");
        process.ErrorDataReceived += (_, e) => Append(e.Data, "[stderr] ");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lineage {string.Join(' ', args)} did not finish in {timeout.TotalSeconds} s:\n{output}");
        }
        lock (output)
            return new LineageProcess(process.ExitCode, output.ToString());
    }
}
