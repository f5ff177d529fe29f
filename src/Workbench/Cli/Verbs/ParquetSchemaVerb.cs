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
        await using var reader = await ParquetFiles.OpenAsync(arguments.Positionals[0], cancellationToken);
        var columns = reader.RowGroups.Count > 0 ? reader.RowGroups[0].Columns : [];
        if (context.Json)
        {
            context.WriteJson(new
            {
                File = arguments.Positionals[0],
                Rows = reader.RowCount,
                RowGroups = reader.RowGroupCount,
                reader.CreatedBy,
                Fields = reader.Schema.FieldsList.Select(ArrowTypeText.Describe).ToList(),
                Columns = columns.Select(c => new { c.Path, Physical = c.PhysicalType, c.Codec, c.Encodings, c.CompressedSize, c.UncompressedSize }).ToList(),
                KeyValueMetadata = reader.KeyValueMetadata,
            });
            return 0;
        }
        var output = context.Out;
        output.WriteLine($"{arguments.Positionals[0]}: {reader.RowCount} rows in {reader.RowGroupCount} row group{(reader.RowGroupCount == 1 ? "" : "s")}, written by {reader.CreatedBy ?? "an unknown writer"}");
        output.WriteLine();
        foreach (var field in reader.Schema.FieldsList)
            output.WriteLine("  " + ArrowTypeText.Describe(field));
        output.WriteLine();
        var table = new TextTable("COLUMN", "PHYSICAL", "CODEC", "ENCODINGS", "BYTES");
        foreach (var column in columns)
            table.Add(column.Path, column.PhysicalType, column.Codec, string.Join(",", column.Encodings), column.CompressedSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.WriteTo(output);
        foreach (var (key, value) in reader.KeyValueMetadata)
            output.WriteLine($"  {key} = {(value is { Length: > 120 } ? value[..117] + "..." : value)}");
        return 0;
    }
}
