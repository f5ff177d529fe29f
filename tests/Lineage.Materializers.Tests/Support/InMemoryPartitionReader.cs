using System.Runtime.CompilerServices;
using Lineage.Assets.Keys;
using Apache.Arrow;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Support;

/// <summary>Partitions of tables held as record batches, read back with column projection.</summary>
public sealed class InMemoryPartitionReader : IPartitionReader
{
    private readonly Dictionary<(AssetKey Table, DateOnly Partition), List<RecordBatch>> _batches = [];

    public InMemoryPartitionReader Add(AssetKey table, DateOnly partition, RecordBatch batch)
    {
        if (!_batches.TryGetValue((table, partition), out var list))
            _batches[(table, partition)] = list = [];
        list.Add(batch);
        return this;
    }

    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        AssetKey table, DateOnly partition, IReadOnlyList<string>? columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var batch in _batches.GetValueOrDefault((table, partition)) ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return columns is null
                ? batch
                : new RecordBatch(
                    new Schema(columns.Select(c => batch.Schema.GetFieldByName(c)), null), columns.Select(c => batch.Column(c)).ToList(), batch.Length);
        }
    }
}
