using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Avro.Support;

/// <summary>
/// The schemas shared with the avsc scripts (tests/interop/avro/*.avsc) and rows for them that cover every type
/// and the edge values of each (int and long extremes, NaN and infinities, -0, empty and non-ASCII strings).
/// </summary>
public static class AvroSamples
{
    public static string SchemaText(string file) => File.ReadAllText(Path.Combine(NodeScript.InteropFolder, "avro", file));

    public static AvroRecordSchema AllTypesSchema() => (AvroRecordSchema)AvroSchema.Parse(SchemaText("all-types.avsc"));

    public static AvroRecordSchema ManifestSchema() => (AvroRecordSchema)AvroSchema.Parse(SchemaText("manifest-entry.avsc"));

    /// <summary>A record from field name/value pairs; fields not given are null.</summary>
    public static AvroRecord Record(AvroRecordSchema schema, params (string Field, object? Value)[] values)
    {
        var record = new AvroRecord(schema);
        foreach (var (field, value) in values)
            record[field] = value;
        return record;
    }

    public static List<AvroRecord> AllTypesRows(AvroRecordSchema schema, int generated = 300)
    {
        var point = (AvroRecordSchema)schema.FindField("point")!.Type;
        var inner = (AvroRecordSchema)point.FindField("inner")!.Type;
        var suit = (AvroEnumSchema)schema.FindField("suit")!.Type;
        var digestSchema = (AvroFixedSchema)schema.FindField("digest")!.Type;
        AvroRecord Point(double x, double y, int id) => Record(point, ("x", x), ("y", y), ("inner", Record(inner, ("id", id))));
        AvroFixed Digest(int seed) => new(digestSchema, Enumerable.Range(0, 16).Select(i => (byte)((seed * 31) + (i * 7))).ToArray());
        AvroRecord Row(params (string, object?)[] values) => Record(schema, values);

        var rows = new List<AvroRecord>
        {
            Row(("flag", true), ("small", int.MaxValue), ("big", long.MaxValue), ("ratio", float.MaxValue),
                ("measure", double.MaxValue), ("payload", new byte[] { 0, 1, 2, 254, 255 }), ("label", "Grüße, 世界 🚀"),
                ("day", 19000), ("at", 1700000000123456L), ("amount", new byte[] { 0x01, 0xE2, 0x40 }),
                ("suit", suit.ValueOf("HEARTS")), ("digest", Digest(1)), ("tags", new List<object?> { "a", "ß", "" }),
                ("counts", new Dictionary<string, object?> { ["one"] = 1L, ["minimum"] = long.MinValue }),
                ("point", Point(1.5, -2.25, 7)), ("maybe_label", "present"), ("maybe_big", -9007199254740993L),
                ("maybe_point", Point(0, 0, 0)), ("choice", "text"), ("points", new List<object?> { Point(1, 2, 3), Point(4, 5, 6) }),
                ("nested", new Dictionary<string, object?>
                {
                    ["first"] = new List<object?> { null, suit.ValueOf("SPADES"), suit.ValueOf("CLUBS") },
                    ["empty"] = new List<object?>(),
                }),
                ("other_digest", Digest(2)), ("inner_again", Record(inner, ("id", -1)))),
            Row(("flag", false), ("small", int.MinValue), ("big", long.MinValue), ("ratio", float.NaN),
                ("measure", double.PositiveInfinity), ("payload", Array.Empty<byte>()), ("label", ""), ("day", -1),
                ("at", 0L), ("amount", new byte[] { 0xFF }), ("suit", suit.ValueOf("CLUBS")), ("digest", Digest(3)),
                ("tags", new List<object?>()), ("counts", new Dictionary<string, object?>()), ("point", Point(-0.0, double.Epsilon, 0)),
                ("choice", 42), ("points", new List<object?>()), ("nested", new Dictionary<string, object?>()),
                ("other_digest", Digest(4)), ("inner_again", Record(inner, ("id", int.MaxValue)))),
            Row(("flag", true), ("small", 0), ("big", 0L), ("ratio", float.NegativeInfinity), ("measure", double.NaN),
                ("payload", "\n"u8.ToArray()), ("label", "\0 tab\t \"quote\" \\ é"), ("day", 0), ("at", -1L),
                ("amount", Array.Empty<byte>()), ("suit", suit.ValueOf("SPADES")), ("digest", Digest(5)),
                ("tags", new List<object?> { "x" }), ("counts", new Dictionary<string, object?> { ["ключ"] = 9007199254740993L }),
                ("point", Point(1e-300, -1e300, -5)), ("maybe_label", "Ω"), ("maybe_big", 9007199254740992L),
                ("maybe_point", Point(2, 3, 4)), ("points", new List<object?> { Point(7, 8, 9) }),
                ("nested", new Dictionary<string, object?> { ["one"] = new List<object?> { null } }),
                ("other_digest", Digest(6)), ("inner_again", Record(inner, ("id", 0)))),
        };
        for (var i = 0; i < generated; i++)
        {
            rows.Add(Row(("flag", i % 2 == 0), ("small", (i * 7919) - 1000000), ("big", (i * 1000000007L) - 5),
                ("ratio", i / 8f), ("measure", i * 0.1), ("payload", new[] { (byte)i, (byte)(i >> 8) }), ("label", $"row {i}"),
                ("day", 20000 + i), ("at", 1700000000000000L + i), ("amount", new[] { (byte)(i & 0x7F) }),
                ("suit", suit.Values[i % 4]), ("digest", Digest(i)), ("tags", new List<object?> { $"t{i}", $"u{i}" }),
                ("counts", new Dictionary<string, object?> { [$"k{i}"] = (long)i }), ("point", Point(i, -i, i)),
                ("maybe_label", i % 3 == 0 ? null : $"maybe {i}"), ("maybe_big", i % 5 == 0 ? null : (long)i << 40),
                ("maybe_point", i % 2 == 0 ? null : Point(i, i, i)),
                ("choice", (i % 3) switch { 0 => null, 1 => $"s{i}", _ => (object)i }),
                ("points", i % 4 == 0 ? new List<object?>() : new List<object?> { Point(i, 0, 1) }),
                ("nested", new Dictionary<string, object?> { [$"n{i}"] = new List<object?> { i % 2 == 0 ? suit.ValueOf("HEARTS") : null } }),
                ("other_digest", Digest(i + 1)), ("inner_again", Record(inner, ("id", i)))));
        }
        return rows;
    }

    public static List<AvroRecord> ManifestRows(AvroRecordSchema schema)
    {
        var dataFile = (AvroRecordSchema)schema.FindField("data_file")!.Type;
        var partition = (AvroRecordSchema)dataFile.FindField("partition")!.Type;
        AvroRecordSchema Pair(string field) =>
            (AvroRecordSchema)((AvroArraySchema)((AvroUnionSchema)dataFile.FindField(field)!.Type).OptionalType!).Items;
        var sizes = Pair("column_sizes");
        var bounds = Pair("lower_bounds");
        return Enumerable.Range(0, 5).Select(i => Record(schema,
            ("status", i % 3), ("snapshot_id", 6543210987654321098L + i), ("sequence_number", i == 0 ? null : (long)i),
            ("file_sequence_number", (long)i),
            ("data_file", Record(dataFile,
                ("content", 0),
                ("file_path", $"s3://warehouse/quantum_features/vqe_results/data/processing_date=2026-11-2{i}/basis_set=sto3g/0000{i}-0.parquet"),
                ("file_format", "PARQUET"),
                ("partition", Record(partition, ("processing_date", 20412 + i), ("basis_set", i == 4 ? null : "sto3g"))),
                ("record_count", 1000L + i), ("file_size_in_bytes", 56789L * (i + 1)),
                ("column_sizes", new List<object?> { Record(sizes, ("key", 1), ("value", 100L)), Record(sizes, ("key", 2), ("value", 2000L + i)) }),
                ("value_counts", i == 2 ? null : new List<object?> { Record(Pair("value_counts"), ("key", 1), ("value", 1000L)) }),
                ("lower_bounds", new List<object?> { Record(bounds, ("key", 1), ("value", new byte[] { 0x4C, 0x4F, 0, 0 })) }),
                ("key_metadata", i == 1 ? new byte[] { 1, 2, 3 } : null),
                ("split_offsets", new List<object?> { 4L, 1L << 20 }),
                ("sort_order_id", i == 3 ? null : 0))))).ToList();
    }
}
