namespace Lineage.Lakehouse.Parquet;

/// <summary>A Parquet file that cannot be read as written: names the file, the column (if any) and the byte offset.</summary>
public sealed class ParquetFormatException : Exception
{
    public ParquetFormatException(string file, string? column, long offset, string problem, Exception? inner = null)
        : base(Describe(file, column, offset, problem), inner)
    {
        File = file;
        Column = column;
        Offset = offset;
        Problem = problem;
    }

    public string File { get; }

    public string? Column { get; }

    public long Offset { get; }

    public string Problem { get; }

    private static string Describe(string file, string? column, long offset, string problem) =>
        column is null
            ? $"{file}: {problem} (at byte {offset})."
            : $"{file}: column '{column}': {problem} (at byte {offset}).";
}
