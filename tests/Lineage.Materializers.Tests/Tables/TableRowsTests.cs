using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Tables;

public sealed class TableRowsTests
{
    private static readonly ParquetSchema Schema = new([
        new PrimitiveField("name", ParquetValueType.String, Nullable: true, FieldId: 1),
        new PrimitiveField("row_id", ParquetValueType.String, Nullable: false, FieldId: 2),
    ]);

    [Fact]
    public void Scoped_ids_read_like_the_invariant_text_of_scope_infix_and_index()
    {
        var rows = new TableRows("t", Schema);
        var scopes = new[] { "exp-a", "exp-a", "ëxp-b", "exp-a" };
        var indices = new[] { 0, 17, -3, int.MaxValue };
        for (var i = 0; i < scopes.Length; i++)
            rows.String("n").ScopedId(scopes[i], "_param_", indices[i]).EndRow();

        var ids = (BinaryVector)rows.TakeBatch()["row_id"];
        Assert.Equal(["exp-a_param_0", "exp-a_param_17", "ëxp-b_param_-3", $"exp-a_param_{int.MaxValue}"], Enumerable.Range(0, 4).Select(ids.GetString));
    }

    [Fact]
    public void A_string_repeated_after_a_null_or_another_value_is_still_written_whole()
    {
        var rows = new TableRows("t", Schema);
        var repeated = "basis-sto3g";
        rows.String(repeated).ScopedId("s", "_", 0).EndRow();
        rows.String(repeated).ScopedId("s", "_", 1).EndRow();
        rows.String(null).ScopedId("s", "_", 2).EndRow();
        rows.String(repeated).ScopedId("s", "_", 3).EndRow();
        rows.String("other").ScopedId("s", "_", 4).EndRow();
        rows.String(repeated).ScopedId("s", "_", 5).EndRow();

        var names = (BinaryVector)rows.TakeBatch()["name"];
        Assert.Equal([repeated, repeated, null, repeated, "other", repeated], Enumerable.Range(0, 6).Select(i => names.IsNull(i) ? null : names.GetString(i)));
    }

    [Fact]
    public void A_recycled_batch_is_emptied_and_its_vectors_take_the_next_rows()
    {
        var rows = new TableRows("t", Schema);
        rows.String(null).ScopedId("first", "_", 1).EndRow();
        var batch = rows.TakeBatch();
        rows.Recycle(batch);

        Assert.Equal(0, batch.Columns[0].Count);
        rows.String("second").ScopedId("second", "_", 2).EndRow();
        var next = rows.TakeBatch();
        Assert.Same(batch.Columns[1], next.Columns[1]);
        Assert.False(next.Columns[0].IsNull(0));
        Assert.Equal("second_2", ((BinaryVector)next["row_id"]).GetString(0));
    }

    [Fact]
    public void Buffered_bytes_grow_with_the_strings_held_and_drop_when_a_batch_is_taken()
    {
        var rows = new TableRows("t", Schema);
        var empty = rows.BufferedBytes;
        rows.String(new string('x', 10_000)).ScopedId("s", "_", 0).EndRow();

        Assert.True(rows.BufferedBytes >= empty + 10_000);
        rows.TakeBatch();
        Assert.Equal(empty, rows.BufferedBytes);
    }
}
