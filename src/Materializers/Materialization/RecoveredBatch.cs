using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;

namespace Lineage.Materializers.Materialization;

/// <summary>An abandoned batch that recovery ended, how, and the tables it returned to their previous snapshot.</summary>
public sealed record RecoveredBatch(BatchIntent Batch, BatchEnd End, IReadOnlyList<AssetKey> RolledBackTables);
