using System.Globalization;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage iceberg files TABLE [--partition K=V]</c>: the live data files of a snapshot.</summary>
public sealed class IcebergFilesVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["iceberg", "files"];

    public string Usage => "iceberg files TABLE [--partition K=V[,K=V]] [--snapshot ID | --ref NAME] [--json]";

    public string Summary => "list the data files of the current (or a given) snapshot, optionally of one partition";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var partition = arguments.Get("partition");
        var snapshot = arguments.Get("snapshot");
        var reference = arguments.Get("ref");
        arguments.EnsureAllUsed();
        var (table, location) = await TableArgument.LoadAsync(arguments, context, cancellationToken);
        var options = new TableScanOptions
        {
            SnapshotId = snapshot is null ? null : long.TryParse(snapshot, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new CliUsageException($"--snapshot must be a snapshot id, not '{snapshot}'."),
            Ref = reference,
            PartitionEquals = partition is null ? new Dictionary<string, object?>() : ParsePartition(partition, table.Metadata.CurrentSchema),
        };
        var files = await table.PlanFilesAsync(options, cancellationToken);
        var spec = table.Metadata.DefaultSpec;
        var schema = table.Metadata.CurrentSchema;
        var rows = files.Select(f => new
        {
            f.FilePath,
            Partition = spec.PathOf(schema, f.Partition),
            f.RecordCount,
            f.FileSizeInBytes,
        }).ToList();
        if (context.Json)
        {
            context.WriteJson(rows);
            return 0;
        }
        var table2 = new TextTable("PARTITION", "RECORDS", "BYTES", "FILE");
        foreach (var row in rows)
            table2.Add(row.Partition, row.RecordCount.ToString(CultureInfo.InvariantCulture), row.FileSizeInBytes.ToString(CultureInfo.InvariantCulture), row.FilePath);
        table2.WriteTo(context.Out);
        context.Out.WriteLine($"{rows.Count} file{(rows.Count == 1 ? "" : "s")}, {rows.Sum(r => r.RecordCount)} records");
        return 0;
    }

    /// <summary><c>processing_date=2026-11-20,basis_set=sto3g</c>, each value parsed as its column's type.</summary>
    private static Dictionary<string, object?> ParsePartition(string text, IcebergSchema schema)
    {
        var values = new Dictionary<string, object?>();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw new CliUsageException($"--partition takes K=V pairs, not '{pair}'.");
            var name = pair[..equals];
            var field = schema.FindField(name) ?? throw new CliUsageException($"The table has no column '{name}'.");
            values[name] = ParseValue(pair[(equals + 1)..], field.Type, name);
        }
        return values;
    }

    private static object? ParseValue(string text, IcebergType type, string column)
    {
        if (text == "null")
            return null;
        try
        {
            return type is PrimitiveType primitive ? primitive.Kind switch
            {
                PrimitiveKind.Boolean => bool.Parse(text),
                PrimitiveKind.Int => int.Parse(text, CultureInfo.InvariantCulture),
                PrimitiveKind.Long => long.Parse(text, CultureInfo.InvariantCulture),
                PrimitiveKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                PrimitiveKind.Double => double.Parse(text, CultureInfo.InvariantCulture),
                PrimitiveKind.Float => float.Parse(text, CultureInfo.InvariantCulture),
                PrimitiveKind.Decimal => decimal.Parse(text, CultureInfo.InvariantCulture),
                _ => text,
            } : text;
        }
        catch (FormatException)
        {
            throw new CliUsageException($"'{text}' is not a valid {type} for partition column '{column}'.");
        }
    }
}
