using System.Diagnostics;

namespace Lineage.Workbench.Tests.Shared;

/// <summary>
/// Runs the <c>lineage</c> executable of the build output in a child process to its end, with settings in environment
/// variables, and keeps what it printed.
/// </summary>
public sealed record LineageProcess(int ExitCode, string Output)
{
    /// <summary>The exit code of a process ended by SIGKILL (128 + 9).</summary>
    public const int KilledExitCode = 137;

    public static async Task<LineageProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
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
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lineage {string.Join(' ', args)} did not finish in {timeout.TotalSeconds} s:\n{await output}\n{await error}");
        }
        return new LineageProcess(process.ExitCode, $"{await output}\n[stderr]\n{await error}");
    }
}
