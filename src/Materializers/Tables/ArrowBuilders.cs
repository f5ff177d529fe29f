using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Materializers.Tables;

/// <summary>The Arrow builders of the column types our tables use, behind the few operations rows need of any of them.</summary>
internal static class ArrowBuilders
{
    public static IArrowArrayBuilder For(IArrowType type) => type switch
    {
        StringType => new StringArray.Builder(),
        Int32Type => new Int32Array.Builder(),
        Int64Type => new Int64Array.Builder(),
        DoubleType => new DoubleArray.Builder(),
        BooleanType => new BooleanArray.Builder(),
        Date32Type => new Date32Array.Builder(),
        TimestampType timestamp => new TimestampArray.Builder(timestamp),
        ListType list => new ListArray.Builder(list.ValueField),
        _ => throw new NotSupportedException($"tables are not built with columns of Arrow type {type.Name}"),
    };

    public static void AppendNull(IArrowArrayBuilder builder)
    {
        switch (builder)
        {
            case StringArray.Builder b: b.AppendNull(); break;
            case Int32Array.Builder b: b.AppendNull(); break;
            case Int64Array.Builder b: b.AppendNull(); break;
            case DoubleArray.Builder b: b.AppendNull(); break;
            case BooleanArray.Builder b: b.AppendNull(); break;
            case Date32Array.Builder b: b.AppendNull(); break;
            case TimestampArray.Builder b: b.AppendNull(); break;
            case ListArray.Builder b: b.AppendNull(); break;
            default: throw new NotSupportedException($"no null for a {builder.GetType().Name}");
        }
    }

    /// <summary>The array built so far; the builder is emptied (keeping its storage) for the next rows.</summary>
    public static IArrowArray BuildAndClear(IArrowArrayBuilder builder)
    {
        IArrowArray array = builder switch
        {
            StringArray.Builder b => b.Build(PooledArrowAllocator.Instance),
            Int32Array.Builder b => b.Build(PooledArrowAllocator.Instance),
            Int64Array.Builder b => b.Build(PooledArrowAllocator.Instance),
            DoubleArray.Builder b => b.Build(PooledArrowAllocator.Instance),
            BooleanArray.Builder b => b.Build(PooledArrowAllocator.Instance),
            Date32Array.Builder b => b.Build(PooledArrowAllocator.Instance),
            TimestampArray.Builder b => b.Build(PooledArrowAllocator.Instance),
            ListArray.Builder b => b.Build(PooledArrowAllocator.Instance),
            _ => throw new NotSupportedException($"cannot build a {builder.GetType().Name}"),
        };
        Clear(builder);
        return array;
    }

    private static void Clear(IArrowArrayBuilder builder)
    {
        switch (builder)
        {
            case StringArray.Builder b: b.Clear(); break;
            case Int32Array.Builder b: b.Clear(); break;
            case Int64Array.Builder b: b.Clear(); break;
            case DoubleArray.Builder b: b.Clear(); break;
            case BooleanArray.Builder b: b.Clear(); break;
            case Date32Array.Builder b: b.Clear(); break;
            case TimestampArray.Builder b: b.Clear(); break;
            case ListArray.Builder b: b.Clear(); break;
        }
    }
}
