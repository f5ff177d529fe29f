using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>
/// Where test jobs report that they ran, keyed by a name the test puts in the job's data: Quartz builds the job
/// objects itself, so the test and the job meet here.
/// </summary>
public static class JobSignals
{
    public const string Key = "signal";

    private static readonly ConcurrentDictionary<string, Channel<JobExecution>> Signals = new();

    public static string NewName() => Guid.NewGuid().ToString("N");

    public static void Report(string name, JobExecution execution) => Get(name).Writer.TryWrite(execution);

    /// <summary>The next execution reported under the name; the timeout is generous, since only a hang should reach it.</summary>
    public static async Task<JobExecution> NextAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await Get(name).Reader.ReadAsync(timeout.Token);
    }

    private static Channel<JobExecution> Get(string name) => Signals.GetOrAdd(name, _ => Channel.CreateUnbounded<JobExecution>());
}
