using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Levels;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Tests.Levels;

public sealed class LevelRoundTripTests
{
    private static readonly PrimitiveField NullableDouble = new("x", ParquetValueType.Double);

    private static ColumnVector Build(ParquetField field, params object?[] rows)
    {
        var vector = ColumnVectors.Create(field);
        foreach (var row in rows)
            VectorValues.Append(vector, field, row);
        return vector;
    }

    private static List<object?> RoundTrip(ParquetField field, params object?[] rows)
    {
        var schema = new ParquetSchema([field]);
        var written = Build(field, rows);
        var target = ColumnVectors.Create(field);
        string[]? previous = null;
        foreach (var leaf in schema.Leaves)
        {
            var shredded = LevelShredder.Shred(leaf, written);
            var names = leaf.Ancestry.Select(a => a.Name).ToArray();
            var owned = previous is null ? 0 : names.Zip(previous).TakeWhile(p => p.First == p.Second).Count();
            var assembler = new LevelAssembler(leaf, target, owned);
            // As the reader does: values of a leaf without null slots are decoded straight into its vector.
            var dense = assembler.ValuesInPlace ? assembler.LeafVector : ColumnVectors.Create(leaf.Field.Type);
            foreach (var index in shredded.ValueIndices)
                dense.AppendFrom(shredded.Values, index);
            var valueIndex = 0;
            assembler.Append(shredded.Definition, shredded.Repetition, dense, ref valueIndex);
            Assert.Equal(dense.Count, valueIndex);
            previous = names;
        }
        return Enumerable.Range(0, target.Count).Select(i => VectorValues.Get(target, field, i)).ToList();
    }

    [Fact]
    public void Nullable_flat_column_uses_definition_levels_zero_and_one()
    {
        var shredded = LevelShredder.Shred(new ParquetSchema([NullableDouble]).Leaves[0], Build(NullableDouble, 1.5, null, 2.5));

        Assert.Equal([1, 0, 1], shredded.Definition.ToArray());
        Assert.Equal([0, 0, 0], shredded.Repetition.ToArray());
        Assert.Equal([0, 2], shredded.ValueIndices.ToArray());
        Assert.Equal(3, shredded.RowCount);
    }

    [Fact]
    public void List_levels_distinguish_null_list_empty_list_null_element_and_values()
    {
        var field = new ListField("l", new PrimitiveField("element", ParquetValueType.Int32));
        var leaf = new ParquetSchema([field]).Leaves[0];

        var shredded = LevelShredder.Shred(leaf, Build(field, null, new object?[0], new object?[] { null, 7 }, new object?[] { 8 }));

        Assert.Equal(3, leaf.MaxDefinitionLevel);
        Assert.Equal(1, leaf.MaxRepetitionLevel);
        Assert.Equal([0, 1, 2, 3, 3], shredded.Definition.ToArray());
        Assert.Equal([0, 0, 0, 1, 0], shredded.Repetition.ToArray());
        Assert.Equal(4, shredded.RowCount);
    }

    [Fact]
    public void Nested_lists_of_doubles_round_trip()
    {
        var field = new ListField("coords", new ListField("element", new PrimitiveField("element", ParquetValueType.Double, Nullable: false), Nullable: false), Nullable: false);
        object?[] rows =
        [
            new List<object?> { new List<object?> { 0.0, 0.0, 0.0 }, new List<object?> { 0.0, 0.0, 0.74 } },
            new List<object?>(),
            new List<object?> { new List<object?>() , new List<object?> { 1.0 } },
        ];

        var back = RoundTrip(field, rows);

        Assert.Equal(Render(rows), Render(back.ToArray()));
    }

    [Fact]
    public void Struct_with_a_list_and_a_primitive_round_trips_including_null_structs()
    {
        var field = new StructField("s",
        [
            new PrimitiveField("a", ParquetValueType.String),
            new ListField("b", new PrimitiveField("element", ParquetValueType.Int64)),
        ]);
        object?[] rows =
        [
            new Dictionary<string, object?> { ["a"] = "x", ["b"] = new List<object?> { 1L, null, 3L } },
            null,
            new Dictionary<string, object?> { ["a"] = null, ["b"] = null },
            new Dictionary<string, object?> { ["a"] = "y", ["b"] = new List<object?>() },
        ];

        var back = RoundTrip(field, rows);

        Assert.Equal(Render(rows), Render(back.ToArray()));
    }

    [Fact]
    public void List_of_structs_round_trips()
    {
        var field = new ListField("terms", new StructField("element",
        [
            new PrimitiveField("label", ParquetValueType.String, Nullable: false),
            new PrimitiveField("re", ParquetValueType.Double),
        ]));
        object?[] rows =
        [
            new List<object?> { new Dictionary<string, object?> { ["label"] = "IZ", ["re"] = 0.5 }, null },
            new List<object?>(),
            null,
            new List<object?> { new Dictionary<string, object?> { ["label"] = "ZZ", ["re"] = null } },
        ];

        var back = RoundTrip(field, rows);

        Assert.Equal(Render(rows), Render(back.ToArray()));
    }

    [Fact]
    public void A_null_in_a_required_field_is_refused_naming_the_column()
    {
        var field = new PrimitiveField("id", ParquetValueType.Int64, Nullable: false);
        var vector = new PrimitiveVector<long>();
        vector.AppendNull();

        var error = Assert.Throws<ArgumentException>(() => LevelShredder.Shred(new ParquetSchema([field]).Leaves[0], vector));

        Assert.Contains("'id'", error.Message);
    }

    private static string Render(object?[] rows) => string.Join(" | ", rows.Select(Render));

    private static string Render(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IReadOnlyDictionary<string, object?> d => "{" + string.Join(",", d.Select(p => $"{p.Key}:{Render(p.Value)}")) + "}",
        System.Collections.IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Render)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
