using System.Text.Json;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// A file of a table cannot be read as written: a metadata version, manifest list, manifest or data file is truncated,
/// corrupt or gone. Permanent: reading again gives the same answer until someone repairs or restores the table.
/// </summary>
public sealed class DamagedTableException(string table, string file, string problem, Exception? inner = null)
    : Exception($"table {table} is damaged: {file}: {problem}", inner)
{
    /// <summary>The table's location.</summary>
    public string Table { get; } = table;

    /// <summary>The file that cannot be read.</summary>
    public string File { get; } = file;

    public string Problem { get; } = problem;

    /// <summary>Whether <paramref name="error"/> says a file's bytes are not what the format promises (not a passing IO failure).</summary>
    public static bool IsFormatError(Exception error) =>
        error is IcebergFormatException or ParquetFormatException or JsonException or InvalidDataException or EndOfStreamException;

    /// <summary>Whether this error, or one it wraps, is a damaged table or a format error: retrying cannot help.</summary>
    public static bool IsPermanent(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is DamagedTableException || IsFormatError(e))
                return true;
        return false;
    }

    /// <summary>
    /// Runs a read of one file of <paramref name="table"/>, turning a format error, or a referenced file that is gone,
    /// into a <see cref="DamagedTableException"/> naming the table and the file.
    /// </summary>
    internal static async Task<T> ReadingAsync<T>(string table, string file, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (IsFormatError(e) || e is LocationNotFoundException)
        {
            throw Of(table, file, e);
        }
    }

    internal static DamagedTableException Of(string table, string file, Exception e) =>
        new(table, file, e is LocationNotFoundException ? "the file is referenced by the table but missing" : e.Message.TrimEnd('.'), e);
}
