namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>How an asset's steps are retried and how long one attempt may take.</summary>
public sealed record ExecutionPolicy(int Retries, TimeSpan RetryDelay, TimeSpan MaxRetryDelay, TimeSpan Timeout)
{
    /// <summary>The delay before attempt <paramref name="failedAttempts"/> + 1: doubling from the base delay, capped.</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var delay = RetryDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxRetryDelay.TotalMilliseconds));
    }

    /// <summary>The strictest policy of several: fewest retries, shortest timeout (a unit runs its assets together).</summary>
    public static ExecutionPolicy Combine(IEnumerable<ExecutionPolicy> policies) =>
        policies.Aggregate((a, b) => new ExecutionPolicy(
            Math.Min(a.Retries, b.Retries),
            a.RetryDelay > b.RetryDelay ? a.RetryDelay : b.RetryDelay,
            a.MaxRetryDelay > b.MaxRetryDelay ? a.MaxRetryDelay : b.MaxRetryDelay,
            a.Timeout < b.Timeout ? a.Timeout : b.Timeout));
}
