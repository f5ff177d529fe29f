namespace Lineage.Workbench.Catalog.Rows;

/// <summary>The file formats rows are downloaded and exported in.</summary>
public enum RowsFormat
{
    /// <summary>The Arrow IPC stream format (pyarrow's <c>ipc.open_stream</c>, polars, DuckDB read it).</summary>
    Arrow,
    Parquet,
    Csv,
    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

public static class RowsFormats
{
    public const string Names = "arrow, parquet, csv, jsonl";

    public static RowsFormat Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "arrow" => RowsFormat.Arrow,
        "parquet" => RowsFormat.Parquet,
        "csv" => RowsFormat.Csv,
        "jsonl" => RowsFormat.JsonLines,
        null or "" => throw new ArgumentException($"name a format: {Names}"),
        _ => throw new ArgumentException($"format '{text}' is not one of {Names}"),
    };

    public static string ContentType(this RowsFormat format) => format switch
    {
        RowsFormat.Arrow => "application/vnd.apache.arrow.stream",
        RowsFormat.Parquet => "application/vnd.apache.parquet",
        RowsFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/x-ndjson; charset=utf-8",
    };

    public static string Extension(this RowsFormat format) => format switch
    {
        RowsFormat.Arrow => "arrows",
        RowsFormat.Parquet => "parquet",
        RowsFormat.Csv => "csv",
        _ => "jsonl",
    };
}
