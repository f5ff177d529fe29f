using System.Diagnostics;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Named moments of a materialization where the crash tests kill the process. With <c>LINEAGE_KILL_AT</c> set to a
/// point's name, the process ends there at once, as <c>kill -9</c> would (no clean-up, no flush); unset, nothing happens.
/// </summary>
internal static class FaultPoints
{
    private static readonly string? KillAt = Environment.GetEnvironmentVariable("LINEAGE_KILL_AT");

    public static void Reach(string point)
    {
        if (KillAt is not null && string.Equals(KillAt, point, StringComparison.Ordinal))
            Process.GetCurrentProcess().Kill();
    }
}
