using Lineage.Assets.Quantum;
using Apache.Arrow;
using Lineage.Testing;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Tables.Ml;
using Lineage.Materializers.Tests.Support;

namespace Lineage.Materializers.Tests.Tables.Ml;

/// <summary>Hand-written upstream partitions for the ML builders: context rows per experiment and iteration rows.</summary>
internal sealed class MlUpstream
{
    public static readonly DateOnly Date = new(2026, 3, 4);
    private static readonly DateTimeOffset Stamp = new(2026, 3, 5, 1, 0, 0, TimeSpan.Zero);

    public InMemoryPartitionReader Reader { get; } = new();

    /// <summary>One row in each context table for <paramref name="experimentId"/> (molecule LiH, 2 atoms).</summary>
    public MlUpstream Context(string experimentId, int totalIterations, double vqeTime = 12.0) =>
        Results(experimentId, totalIterations).Ansatz(experimentId).Molecule(experimentId).Timing(experimentId, vqeTime);

    public MlUpstream Results(string experimentId, int totalIterations) => Add(QuantumAssetKeys.VqeResults, rows => rows
        .String(experimentId).Int(0).String("sto3g").String("aer").Int(4).String("COBYLA").String("undef").Int(null)
        .Int(2).String("EfficientSU2").String("random").Int(7).Double(-7.5).Double(null).Double(0.99).Boolean(true)
        .Int(30).Int(null).Int(totalIterations));

    public MlUpstream Ansatz(string experimentId) => Add(QuantumAssetKeys.AnsatzInfo, rows => rows
        .String(experimentId).Int(0).String("sto3g").String("OPENQASM 3.0;").Int(2).String("EfficientSU2").String("random"));

    public MlUpstream Molecule(string experimentId) => Add(QuantumAssetKeys.Molecules, rows => rows
        .String(experimentId).Int(0).Strings(["Li", "H"]).String("LiH").DoubleLists([[0, 0, 0], [0, 0, 1.6]])
        .Int(1).Int(0).String("angstrom").Doubles(null));

    public MlUpstream Timing(string experimentId, double vqeTime) => Add(QuantumAssetKeys.PerformanceMetrics, rows => rows
        .String(experimentId).Int(0).String("sto3g").Double(1).Double(2).Double(vqeTime).Double(vqeTime + 5)
        .Double(vqeTime - 1).Double(vqeTime + 3));

    /// <summary>A batch of vqe_iterations rows of one experiment, in the order given.</summary>
    public MlUpstream Iterations(string experimentId, params Iteration[] iterations)
    {
        var rows = QuantumTableRows.For(QuantumAssetKeys.VqeIterations);
        foreach (var it in iterations)
        {
            rows.String(experimentId).Int(0).String("sto3g").String("aer").Int(4).Int(it.Step).Double(it.Energy)
                .Double(0.01).Double(it.Delta).Double(it.Norm).Double(it.Minimum).String($"{experimentId}_iter_{it.Step}");
            Processing(rows);
        }
        Reader.Add(QuantumAssetKeys.VqeIterations, Date, rows.TakeBatch());
        return this;
    }

    private MlUpstream Add(Assets.Keys.AssetKey table, Func<Lineage.Materializers.Tables.TableRows, Lineage.Materializers.Tables.TableRows> row)
    {
        var rows = QuantumTableRows.For(table);
        Processing(row(rows));
        Reader.Add(table, Date, rows.TakeBatch());
        return this;
    }

    private static void Processing(Lineage.Materializers.Tables.TableRows rows) =>
        rows.Timestamp(Stamp).Date(Date).String("b1").String("quantum_base_processing").EndRow();

    /// <summary>Builds ml_iteration_features of the partition; the batches are also added to the reader for the summary.</summary>
    public async Task<FeaturesOutput> BuildFeaturesAsync(MlFeatureOptions? options = null)
    {
        var facts = new MaterializationFacts();
        var batches = new List<RecordBatch>();
        var written = await new MlIterationFeaturesBuilder(options ?? new MlFeatureOptions()).BuildAsync(
            Reader, Date, facts, (batch, _) => { batches.Add(batch); return Task.CompletedTask; }, CancellationToken.None);
        foreach (var batch in batches)
            Reader.Add(QuantumAssetKeys.MlIterationFeatures, Date, batch);
        return new FeaturesOutput(written, batches, Flatten(batches), facts);
    }

    /// <summary>Builds ml_run_summary from the features in the reader.</summary>
    public async Task<List<Dictionary<string, object?>>> BuildSummaryAsync(MlFeatureOptions? options = null)
    {
        var batches = new List<RecordBatch>();
        await new MlRunSummaryBuilder(options ?? new MlFeatureOptions()).BuildAsync(
            Reader, Date, (batch, _) => { batches.Add(batch); return Task.CompletedTask; }, CancellationToken.None);
        return Flatten(batches);
    }

    /// <summary>The rows of batches as dictionaries of boxed values by column name.</summary>
    public static List<Dictionary<string, object?>> Flatten(IEnumerable<RecordBatch> batches) =>
        [.. batches.SelectMany(ArrowCells.Rows)];
}
