using Lineage.Materializers.Recording;

namespace Lineage.Materializers.Materialization;

/// <summary>What a recovery pass did: the abandoned batches it ended, and the batches whose owners are still at work.</summary>
public sealed record BatchRecoveryReport(IReadOnlyList<RecoveredBatch> Ended, IReadOnlyList<BatchIntent> Running);
