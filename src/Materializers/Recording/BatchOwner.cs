using System.Diagnostics;

namespace Lineage.Materializers.Recording;

/// <summary>The process that runs a batch: its host, process id and start instant (a reused pid is not the same process).</summary>
public sealed record BatchOwner(string Host, int ProcessId, DateTimeOffset ProcessStartedAt)
{
    public static BatchOwner Current { get; } = Describe(Process.GetCurrentProcess());

    /// <summary>
    /// Whether the owner is known to be gone: it ran on this host and no process with its id and start instant runs
    /// now. An owner on another host is never known to be gone; its heartbeat tells.
    /// </summary>
    public bool IsGoneFromThisHost()
    {
        if (!string.Equals(Host, Current.Host, StringComparison.Ordinal))
            return false;
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            // Stored instants lose precision (microseconds on PostgreSQL); a reused pid starts seconds apart at least.
            return (Describe(process).ProcessStartedAt - ProcessStartedAt).Duration() > TimeSpan.FromSeconds(1);
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static BatchOwner Describe(Process process) =>
        new(Environment.MachineName, process.Id, new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUniversalTime());
}
