using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>A raw file of the partition, read and decoded: its run, or why it was rejected.</summary>
internal sealed record DecodedRawFile(RawFile File, ExperimentRun? Run, RawRecordError? Error);
