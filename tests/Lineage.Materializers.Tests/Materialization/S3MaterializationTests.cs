using Lineage.Assets.Graph;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Lakehouse.Tests.IO;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Tests.Raw;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>Raw files under an S3 prefix and the warehouse in the same bucket, on the local S3 server.</summary>
public sealed class S3MaterializationTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public async Task A_day_of_raw_files_in_s3_materializes_every_asset_into_s3_tables()
    {
        var io = new S3FileIO(S3TestServer.Settings(ConditionalPuts.Off), new LocalCommitLock());
        var root = S3TestServer.NewRoot();
        var files = SampleFiles.All().Where(f => RawFileName.Parse(Path.GetFileName(f)).LandedOn == Day).ToList();
        foreach (var file in files)
        {
            await using var stream = await io.CreateAsync($"{root}raw/{RawLayout.TopicFolder}/{Path.GetFileName(file)}");
            await stream.WriteAsync(await File.ReadAllBytesAsync(file));
        }
        var warehouse = new QuantumWarehouse(io, root + "warehouse");
        var materializer = new QuantumMaterializer(
            AssetGraph.Build(QuantumAssets.CreateSpecs(Day)), new RawSource(io, root + "raw"), warehouse,
            new InMemoryMaterializationLog(), new MaterializerOptions(), TimeProvider.System);

        var results = await materializer.MaterializeAsync(QuantumAssetKeys.All.ToHashSet(), [Day], null, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Status is StepStatus.Materialized or StepStatus.Observed, $"{r.Asset}: {r.Status} {r.Error}"));
        Assert.All(results.SelectMany(r => r.Checks), c => Assert.True(c.Passed, $"{c.Asset} {c.CheckName}: {c.Summary}"));
        Assert.Equal(files.Count, results.Single(r => r.Asset == QuantumAssetKeys.RawVqeResults).Rows);
        var oracle = RawOracle.For(SampleFiles.Directory, Day);
        Assert.Equal(oracle.DistinctIterations, results.Single(r => r.Asset == QuantumAssetKeys.MlIterationFeatures).Rows);
        var table = await warehouse.TryLoadAsync(QuantumAssetKeys.VqeIterations, CancellationToken.None);
        Assert.StartsWith("s3://", table!.Location);
        Assert.Equal(oracle.DistinctIterations, long.Parse(table.Metadata.CurrentSnapshot!.Summary["total-records"]));
    }
}
