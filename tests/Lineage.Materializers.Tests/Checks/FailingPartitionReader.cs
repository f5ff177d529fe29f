using Lineage.Assets.Keys;
using Apache.Arrow;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Checks;

/// <summary>Reads through another reader, except that reading <paramref name="failing"/> throws an IO error.</summary>
internal sealed class FailingPartitionReader(IPartitionReader inner, AssetKey failing) : IPartitionReader
{
    public IAsyncEnumerable<RecordBatch> ReadAsync(
        AssetKey table, DateOnly partition, IReadOnlyList<string>? columns, CancellationToken cancellationToken) =>
        table == failing
            ? throw new IOException($"data file of {table.Name} is unreadable")
            : inner.ReadAsync(table, partition, columns, cancellationToken);
}
