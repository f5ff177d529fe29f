using Lineage.Lakehouse.Parquet.Reading;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage parquet schema FILE</c>: a Parquet file's columns, row groups and metadata.</summary>
public sealed class ParquetSchemaVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["parquet", "schema"];

    public string Usage => "parquet schema FILE [--json]";

    public string Summary => "show a Parquet file's schema (types, nullability, field ids), row groups and metadata";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name one Parquet file.");
        await using var reader = await ParquetReader.OpenAsync(arguments.Positionals[0], cancellationToken);
        var columns = reader.Schema.Leaves.Select((leaf, i) =>
        {
            var chunk = reader.Metadata.RowGroups.Count > 0 ? reader.Metadata.RowGroups[0].Columns[i].MetaData : null;
            return new
            {
                Path = leaf.DottedPath,
                Type = leaf.Field.Type.ToString(),
                Nullable = leaf.Field.Nullable,
                leaf.Field.FieldId,
                Physical = chunk?.Type.ToString(),
                Codec = chunk?.Codec.ToString(),
                Encodings = chunk?.Encodings.Select(e => e.ToString()).ToList(),
            };
        }).ToList();
        if (context.Json)
        {
            context.WriteJson(new
            {
                File = arguments.Positionals[0],
                Rows = reader.RowCount,
                RowGroups = reader.RowGroupCount,
                reader.CreatedBy,
                Fields = reader.Schema.Fields.Select(Describe).ToList(),
                Columns = columns,
                KeyValueMetadata = reader.KeyValueMetadata,
            });
            return 0;
        }
        var output = context.Out;
        output.WriteLine($"{arguments.Positionals[0]}: {reader.RowCount} rows in {reader.RowGroupCount} row group{(reader.RowGroupCount == 1 ? "" : "s")}, written by {reader.CreatedBy ?? "an unknown writer"}");
        output.WriteLine();
        foreach (var field in reader.Schema.Fields)
            output.WriteLine("  " + Describe(field));
        output.WriteLine();
        var table = new TextTable("COLUMN", "PHYSICAL", "CODEC", "ENCODINGS", "FIELD ID");
        foreach (var column in columns)
            table.Add(column.Path, column.Physical ?? "-", column.Codec ?? "-", column.Encodings is null ? "-" : string.Join(",", column.Encodings), column.FieldId?.ToString() ?? "-");
        table.WriteTo(output);
        foreach (var (key, value) in reader.KeyValueMetadata)
            output.WriteLine($"  {key} = {(value is { Length: > 120 } ? value[..117] + "..." : value)}");
        return 0;
    }

    /// <summary>A field as <c>name type</c>, e.g. <c>coords list&lt;list&lt;double&gt;&gt;</c>, <c>?</c> when nullable.</summary>
    private static string Describe(ParquetField field) => $"{field.Name} {TypeOf(field)}{(field.Nullable ? "?" : "")}{(field.FieldId is { } id ? $" (field id {id})" : "")}";

    private static string TypeOf(ParquetField field) => field switch
    {
        ListField list => $"list<{TypeOf(list.Element)}{(list.Element.Nullable ? "?" : "")}>",
        StructField group => $"struct<{string.Join(", ", group.Fields.Select(f => $"{f.Name}: {TypeOf(f)}{(f.Nullable ? "?" : "")}"))}>",
        PrimitiveField { Type: ParquetValueType.Decimal } d => $"decimal({d.Precision},{d.Scale})",
        PrimitiveField { Type: ParquetValueType.FixedBinary } f => $"fixed({f.FixedLength})",
        PrimitiveField p => p.Type.ToString().ToLowerInvariant(),
        _ => "?",
    };
}
