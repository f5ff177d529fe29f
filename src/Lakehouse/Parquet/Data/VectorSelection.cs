namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>Builds new vectors from chosen rows of existing ones (to split a batch by partition, for instance).</summary>
public static class VectorSelection
{
    /// <summary>The rows of <paramref name="batch"/> at <paramref name="rows"/>, in that order.</summary>
    public static RecordBatch Take(RecordBatch batch, ReadOnlySpan<int> rows)
    {
        var columns = new ColumnVector[batch.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = Take(batch.Columns[i], rows);
        return new RecordBatch(batch.Schema, columns);
    }

    public static ColumnVector Take(ColumnVector source, ReadOnlySpan<int> rows)
    {
        var target = EmptyLike(source);
        foreach (var row in rows)
            Append(target, source, row);
        return target;
    }

    private static ColumnVector EmptyLike(ColumnVector source) => source switch
    {
        ListVector list => new ListVector(EmptyLike(list.Elements)),
        StructVector group => new StructVector(group.Children.Select(EmptyLike).ToList()),
        BinaryVector => new BinaryVector(),
        PrimitiveVector<bool> => new PrimitiveVector<bool>(),
        PrimitiveVector<int> => new PrimitiveVector<int>(),
        PrimitiveVector<long> => new PrimitiveVector<long>(),
        PrimitiveVector<float> => new PrimitiveVector<float>(),
        PrimitiveVector<double> => new PrimitiveVector<double>(),
        PrimitiveVector<Int128> => new PrimitiveVector<Int128>(),
        _ => throw new ArgumentException($"Cannot select from a {source.GetType().Name}."),
    };

    private static void Append(ColumnVector target, ColumnVector source, int row)
    {
        switch (target, source)
        {
            case (StructVector targetGroup, StructVector sourceGroup):
                if (source.IsNull(row))
                {
                    targetGroup.AppendNullShallow();
                }
                else
                {
                    targetGroup.AppendPresent();
                }
                for (var i = 0; i < targetGroup.Children.Count; i++)
                    Append(targetGroup.Children[i], sourceGroup.Children[i], row);
                break;
            case (ListVector targetList, ListVector sourceList):
                if (source.IsNull(row))
                {
                    targetList.AppendNull();
                    break;
                }
                targetList.BeginList();
                for (var element = sourceList.Start(row); element < sourceList.End(row); element++)
                    Append(targetList.Elements, sourceList.Elements, element);
                targetList.EndList();
                break;
            default:
                if (source.IsNull(row))
                    target.AppendNull();
                else
                    target.AppendFrom(source, row);
                break;
        }
    }
}
