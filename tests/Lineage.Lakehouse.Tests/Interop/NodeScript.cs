using System.Diagnostics;

namespace Lineage.Lakehouse.Tests.Interop;

/// <summary>
/// Runs a script of tests/interop with Node.js, where the independent readers and writers (DuckDB, hyparquet,
/// avsc, icebird) are installed by <c>./test.sh</c> (<c>npm ci</c>). Returns its standard output.
/// </summary>
public static class NodeScript
{
    public static string InteropFolder { get; } = Path.Combine(Lineage.Testing.RepositoryRoot.Path, "tests", "interop");

    public static async Task<string> RunAsync(string script, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(InteropFolder, "node_modules")))
            throw new InvalidOperationException(
                $"The interop packages are not installed in {InteropFolder}: run ./test.sh (or 'npm ci' there) first.");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = InteropFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(InteropFolder, script));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

}
