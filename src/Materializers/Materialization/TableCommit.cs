using Lineage.Assets.Keys;
using Lineage.Lakehouse.Iceberg.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>One table's part of a committed materialization.</summary>
public sealed record TableCommit(AssetKey Table, CommitResult Commit, string Tag, long Rows);
