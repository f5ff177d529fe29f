using Lineage.Lakehouse.Iceberg.Metadata;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// One attempt's proposal: the next metadata (before its metadata-log entry), the files the attempt wrote (deleted
/// when it loses the race) and the result to report when it wins.
/// </summary>
internal sealed record PendingCommit(TableMetadata Metadata, IReadOnlyList<string> WrittenFiles, CommitResult Result);
