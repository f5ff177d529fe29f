using Parquet;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>A leaf buffer whose values are held as <typeparamref name="T"/>, the type Parquet.Net writes for the column.</summary>
internal abstract class TypedLeafBuffer<T>(LeafPlan plan) : LeafBuffer(plan) where T : struct
{
    private T[] _values = [];
    private int _count;

    public override int ValueCount => _count;

    protected override long ValueBytes => (long)_count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>Room for <paramref name="count"/> more values; call <see cref="Commit"/> with how many were written.</summary>
    protected Span<T> Reserve(int count)
    {
        _values = Grow(_values, _count + count);
        return _values.AsSpan(_count, count);
    }

    protected void Commit(int count) => _count += count;

    /// <summary>The values of the current row group.</summary>
    protected ReadOnlySpan<T> Values => _values.AsSpan(0, _count);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        rowGroup.WriteAllPartsAsync(Plan.Field, new ReadOnlyMemory<T>(_values, 0, _count), Definitions, Repetitions, cancellationToken);

    public override void Clear()
    {
        base.Clear();
        if (System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            System.Array.Clear(_values, 0, _count);
        _count = 0;
    }
}
