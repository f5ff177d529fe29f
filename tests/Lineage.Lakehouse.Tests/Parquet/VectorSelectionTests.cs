using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Tests.Parquet;

public sealed class VectorSelectionTests
{
    [Fact]
    public void Taking_rows_keeps_every_value_nested_or_null_of_those_rows_in_the_order_asked()
    {
        var batch = SampleTable.Create(50);
        int[] rows = [49, 0, 19, 19, 7];

        var taken = VectorSelection.Take(batch, rows);

        var all = CanonicalRows.Of(batch);
        var picked = CanonicalRows.Of(taken);
        Assert.Equal(rows.Length, taken.RowCount);
        for (var i = 0; i < rows.Length; i++)
            Assert.True(System.Text.Json.JsonElement.DeepEquals(all[rows[i]], picked[i]), $"row {rows[i]} differs: {picked[i]}");
    }

    [Fact]
    public void Taking_no_rows_gives_an_empty_batch_of_the_same_schema()
    {
        var taken = VectorSelection.Take(SampleTable.Create(5), []);

        Assert.Equal(0, taken.RowCount);
        Assert.Same(SampleTable.Schema, taken.Schema);
    }
}
