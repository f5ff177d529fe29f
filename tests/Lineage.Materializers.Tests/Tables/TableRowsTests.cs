using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Tables;

public sealed class TableRowsTests
{
    private static readonly Schema Schema = new([
        new Field("name", StringType.Default, nullable: true),
        new Field("row_id", StringType.Default, nullable: false),
    ], null);

    [Fact]
    public void Scoped_ids_read_like_the_invariant_text_of_scope_infix_and_index()
    {
        var rows = new TableRows("t", Schema);
        var scopes = new[] { "exp-a", "exp-a", "ëxp-b", "exp-a" };
        var indices = new[] { 0, 17, -3, int.MaxValue };
        for (var i = 0; i < scopes.Length; i++)
            rows.String("n").ScopedId(scopes[i], "_param_", indices[i]).EndRow();

        var ids = (StringArray)rows.TakeBatch().Column("row_id");
        Assert.Equal(["exp-a_param_0", "exp-a_param_17", "ëxp-b_param_-3", $"exp-a_param_{int.MaxValue}"], Enumerable.Range(0, 4).Select(i => ids.GetString(i)));
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

        var names = (StringArray)rows.TakeBatch().Column("name");
        Assert.Equal([repeated, repeated, null, repeated, "other", repeated], Enumerable.Range(0, 6).Select(i => names.IsNull(i) ? null : names.GetString(i)));
    }

    [Fact]
    public void A_taken_batch_keeps_its_rows_while_the_builders_take_the_next_ones()
    {
        var rows = new TableRows("t", Schema);
        rows.String(null).ScopedId("first", "_", 1).EndRow();
        var batch = rows.TakeBatch();
        rows.String("second").ScopedId("second", "_", 2).EndRow();
        var next = rows.TakeBatch();

        Assert.Equal((1, 1), (batch.Length, next.Length));
        Assert.True(batch.Column("name").IsNull(0));
        Assert.Equal("first_1", ((StringArray)batch.Column("row_id")).GetString(0));
        Assert.Equal("second", ((StringArray)next.Column("name")).GetString(0));
        Assert.Equal("second_2", ((StringArray)next.Column("row_id")).GetString(0));
    }

    [Fact]
    public void A_null_in_a_required_column_or_a_value_of_the_wrong_type_names_the_column()
    {
        var rows = new TableRows("t", Schema);

        var required = Assert.Throws<InvalidOperationException>(() => rows.String("n").String(null));
        Assert.Contains("t.row_id is required", required.Message);
        var mistyped = Assert.Throws<InvalidOperationException>(() => new TableRows("t", Schema).Int(3));
        Assert.Contains("t.name does not take a int value (it is string)", mistyped.Message);
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
