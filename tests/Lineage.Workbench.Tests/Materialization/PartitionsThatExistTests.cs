using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Materialization;

/// <summary>Daily partitions run from the first raw landing date to today; a day inside without raw files is empty, not fresh.</summary>
public sealed class PartitionsThatExistTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static IEnumerable<AssetKey> Tables => QuantumAssetKeys.All.Where(k => k != QuantumAssetKeys.RawVqeResults);

    [Fact]
    public async Task A_date_before_the_first_raw_date_or_after_today_is_refused_and_nothing_is_written()
    {
        using var workspace = await MaterializeWorkspace.WithRawAsync(Day, files: 3, seed: 5);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");

        var before = await workspace.CliAsync("materialize", "--select", "*", "--partition", "2026-11-19");
        var after = await workspace.CliAsync("materialize", "--select", "*", "--from", workspace.Partition, "--to", tomorrow);

        Assert.Equal(1, before.ExitCode);
        Assert.Equal(
            "lineage materialize: partition 2026-11-19 is before the first partition 2026-11-20 (the first raw landing date); " +
            $"daily partitions run from 2026-11-20 to {DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}",
            before.Error.Trim());
        Assert.Equal(1, after.ExitCode);
        Assert.Contains($"partition {tomorrow} is after today", after.Error);
        Assert.Equal("", before.Out + after.Out);
        await using var db = await CatalogDbContextFactory.From(workspace.Configuration).OpenAsync(CancellationToken.None);
        Assert.Equal(0, await db.Materializations.CountAsync());
        Assert.Equal(0, await db.SourceObservations.CountAsync());
        foreach (var table in Tables)
            Assert.Equal("(none)", await workspace.CurrentBatchAsync(table));
    }

    [Fact]
    public async Task A_day_without_raw_files_is_recorded_empty_with_no_new_snapshot_and_shown_as_empty()
    {
        using var workspace = await MaterializeWorkspace.WithRawAsync(Day, files: 3, seed: 5);
        await workspace.MaterializeAllAsync();
        var snapshots = await CurrentBatchesAsync(workspace);
        var emptyDay = Day.AddDays(1).ToString("yyyy-MM-dd");

        var run = await workspace.CliAsync("materialize", "--select", "*", "--partition", emptyDay);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal(Tables.Count(t => t != QuantumAssetKeys.ProcessingMetadata), run.Out.Split('\n').Count(l => l.Contains(" empty ", StringComparison.Ordinal)));
        Assert.Equal(snapshots, await CurrentBatchesAsync(workspace));
        foreach (var table in QuantumAssetKeys.BaseTables.Concat([QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary]))
        {
            var recorded = await workspace.Log.LatestMaterializationAsync(table, emptyDay, CancellationToken.None);
            Assert.NotNull(recorded);
            Assert.Equal((0L, (long?)null, (string?)null), (recorded.Rows, recorded.SnapshotId, recorded.Tag));
        }
        var observed = await workspace.Log.LatestObservationAsync(QuantumAssetKeys.RawVqeResults, emptyDay, CancellationToken.None);
        Assert.Equal(0, observed?.FileCount);
        Assert.All(await workspace.StatusLettersAsync(emptyDay), s => Assert.True(s.Value == "E", $"{s.Key} is {s.Value}"));
        Assert.All(await workspace.StatusLettersAsync(), s => Assert.True(s.Value == "F", $"{s.Key} is {s.Value}"));
        var status = await workspace.CliAsync("status", "--from", emptyDay, "--to", emptyDay);
        Assert.Contains($"{emptyDay}: empty, no raw files", status.Out);

        var again = await workspace.CliAsync("materialize", "--select", "*", "--partition", emptyDay, "--stale");
        Assert.Contains("nothing is missing or stale", again.Out);
    }

    [Fact]
    public async Task A_day_whose_raw_files_are_gone_commits_the_removal_of_its_rows_and_then_shows_empty()
    {
        using var workspace = await MaterializeWorkspace.WithRawAsync(Day, files: 3, seed: 5);
        await workspace.AddGeneratedAsync(Day.AddDays(-1), files: 2, seed: 6);
        await workspace.MaterializeAllAsync();
        var before = await CurrentBatchesAsync(workspace);
        workspace.RemoveRaw(Day);

        await workspace.MaterializeAllAsync();

        var after = await CurrentBatchesAsync(workspace);
        Assert.All(QuantumAssetKeys.BaseTables, t => Assert.NotEqual(before[t], after[t]));
        var rows = await workspace.RowsAsync(QuantumAssetKeys.BaseTables);
        Assert.All(rows, r => Assert.Empty(r.Value));
        Assert.All(await workspace.StatusLettersAsync(), s => Assert.True(s.Value == "E", $"{s.Key} is {s.Value}"));
    }

    private static async Task<Dictionary<AssetKey, string>> CurrentBatchesAsync(MaterializeWorkspace workspace)
    {
        var batches = new Dictionary<AssetKey, string>();
        foreach (var table in Tables)
            batches[table] = await workspace.CurrentBatchAsync(table);
        return batches;
    }
}
