using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Tests.Parquet;

public sealed class ColumnVectorClearTests
{
    [Fact]
    public void A_cleared_vector_forgets_its_null_flags_and_values()
    {
        var vector = new PrimitiveVector<int>();
        vector.AppendNull();
        vector.Append(1);
        vector.AppendNull();
        vector.Clear();

        vector.Append(7);
        vector.Append(8);
        vector.AppendNull();
        vector.Append(9);

        Assert.Equal(4, vector.Count);
        Assert.Equal([false, false, true, false], Enumerable.Range(0, 4).Select(vector.IsNull));
        Assert.Equal(9, vector[3]);
    }

    [Fact]
    public void A_cleared_list_of_strings_starts_empty_at_every_level()
    {
        var list = new ListVector(new BinaryVector());
        list.BeginList();
        ((BinaryVector)list.Elements).AppendString("old");
        list.EndList();
        list.Clear();

        list.BeginList();
        ((BinaryVector)list.Elements).AppendString("new");
        list.EndList();

        Assert.Equal(1, list.Count);
        Assert.Equal(1, list.Elements.Count);
        Assert.Equal((0, 1), (list.Start(0), list.End(0)));
        Assert.Equal("new", ((BinaryVector)list.Elements).GetString(0));
    }
}
