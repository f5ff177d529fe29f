using Lineage.Workbench.Orchestration.Backfills;

namespace Lineage.Workbench.Tests.Orchestration.Backfills;

/// <summary>What the backfill tests ask of an <see cref="EngineHost"/>: launch over a range, and wait for a backfill to settle.</summary>
internal static class BackfillHost
{
    public const string Selection = "+ml_run_summary";
    public const string From = "2026-11-18";
    public const string To = "2026-11-22";

    public static readonly string[] Dates = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"];

    public static Dictionary<string, string?> NoRetries => new()
    {
        ["Lineage:Jobs:Policies:*:Retries"] = "0",
    };

    public static Task<BackfillLaunch> LaunchBackfillAsync(this EngineHost host, bool staleOnly = false) =>
        host.Service<BackfillService>().LaunchAsync(Selection, DateOnly.Parse(From), DateOnly.Parse(To), staleOnly, "tester", CancellationToken.None);

    public static async Task<BackfillView> WaitForBackfillAsync(this EngineHost host, long backfillId, Func<BackfillView, bool>? until = null)
    {
        until ??= b => b.Status != "running";
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var backfill = await host.Service<BackfillQueries>().GetAsync(backfillId, CancellationToken.None);
            if (until(backfill))
                return backfill;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"backfill {backfillId} did not get there in 90 s: {backfill.Status}, {string.Join(", ", backfill.Partitions.Select(p => $"{p.Partition}={p.Status}"))}");
            await Task.Delay(50);
        }
    }
}
