using System.Collections.Concurrent;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>
/// Where test jobs report that they ran, keyed by a name the test puts in the job's data: Quartz builds the job
/// objects itself, so the test and the job meet here.
/// </summary>
public static class JobSignals
{
    public const string Key = "signal";

    private static readonly ConcurrentDictionary<string, Channel> Signals = new();

    public static string NewName() => Guid.NewGuid().ToString("N");

    public static void Report(string name, JobExecution execution) => Get(name).Executions.Writer.TryWrite(execution);

    /// <summary>The next execution reported under the name; generous timeout, since only a hang should end it.</summary>
    public static async Task<JobExecution> NextAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await Get(name).Executions.Reader.ReadAsync(timeout.Token);
    }

    private static Channel Get(string name) => Signals.GetOrAdd(name, _ => new Channel());

    private sealed class Channel
    {
        public System.Threading.Channels.Channel<JobExecution> Executions { get; } =
            System.Threading.Channels.Channel.CreateUnbounded<JobExecution>();
    }
}
