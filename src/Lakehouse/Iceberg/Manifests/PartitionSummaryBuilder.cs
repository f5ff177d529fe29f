using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Accumulates, per partition field, whether any file has a null (or NaN) value and the lowest and highest values.</summary>
internal sealed class PartitionSummaryBuilder(StructType partitionType)
{
    private readonly bool[] _containsNull = new bool[partitionType.Fields.Count];
    private readonly bool[] _containsNan = new bool[partitionType.Fields.Count];
    private readonly object?[] _lower = new object?[partitionType.Fields.Count];
    private readonly object?[] _upper = new object?[partitionType.Fields.Count];

    public void Add(Partitioning.PartitionData partition)
    {
        for (var i = 0; i < _lower.Length; i++)
        {
            var type = (PrimitiveType)partitionType.Fields[i].Type;
            var value = partition[i];
            if (value is null)
            {
                _containsNull[i] = true;
                continue;
            }
            if (value is double.NaN or float.NaN)
            {
                _containsNan[i] = true;
                continue;
            }
            if (_lower[i] is null || IcebergValue.Compare(type, value, _lower[i]!) < 0)
                _lower[i] = value;
            if (_upper[i] is null || IcebergValue.Compare(type, value, _upper[i]!) > 0)
                _upper[i] = value;
        }
    }

    public IReadOnlyList<PartitionFieldSummary> Build() =>
        Enumerable.Range(0, _lower.Length).Select(i =>
        {
            var type = (PrimitiveType)partitionType.Fields[i].Type;
            return new PartitionFieldSummary(
                _containsNull[i],
                _containsNan[i],
                _lower[i] is { } lower ? Conversions.ToBytes(type, lower) : null,
                _upper[i] is { } upper ? Conversions.ToBytes(type, upper) : null);
        }).ToList();
}
