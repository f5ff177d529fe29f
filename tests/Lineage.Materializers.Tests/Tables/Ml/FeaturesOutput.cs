using Apache.Arrow;
using Lineage.Materializers.Checks;

namespace Lineage.Materializers.Tests.Tables.Ml;

/// <summary>What a features build returned and handed to its sink.</summary>
internal sealed record FeaturesOutput(long Written, List<RecordBatch> Batches, List<Dictionary<string, object?>> Rows, MaterializationFacts Facts);
