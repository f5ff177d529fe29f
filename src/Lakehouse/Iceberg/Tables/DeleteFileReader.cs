using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.IO;
using Apache.Arrow;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Reads Parquet delete files for a scan, each once: position deletes (<c>file_path</c>, <c>pos</c>) grouped by the
/// data file they name, equality deletes as key sets over their equality field ids.
/// </summary>
internal sealed class DeleteFileReader(IFileIO io, IcebergSchema? schema = null)
{
    /// <summary>Reserved field ids of the position delete columns.</summary>
    public const int FilePathFieldId = 2147483546;

    public const int PosFieldId = 2147483545;

    private readonly Dictionary<string, Dictionary<string, List<long>>> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EqualityDeletes> _equalities = new(StringComparer.Ordinal);

    public async Task<RowDeletes> ReadAsync(FileScanTask task, CancellationToken cancellationToken)
    {
        if (task.Deletes.Count == 0)
            return RowDeletes.None;
        var positions = new HashSet<long>();
        var equalities = new List<EqualityDeletes>();
        foreach (var delete in task.Deletes)
        {
            if (delete.Content == DataFileContent.PositionDeletes)
            {
                var byPath = await PositionsAsync(delete, cancellationToken);
                if (byPath.TryGetValue(task.File.FilePath, out var rows))
                    positions.UnionWith(rows);
            }
            else
            {
                equalities.Add(await EqualitiesAsync(delete, cancellationToken));
            }
        }
        return new RowDeletes(positions, equalities);
    }

    private async Task<Dictionary<string, List<long>>> PositionsAsync(DataFile delete, CancellationToken cancellationToken)
    {
        if (_positions.TryGetValue(delete.FilePath, out var cached))
            return cached;
        var byPath = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        await using var reader = await IcebergTable.OpenDataFileAsync(io, delete.FilePath, cancellationToken);
        var pathColumn = Column(reader.Schema, FilePathFieldId, "file_path", delete);
        var posColumn = Column(reader.Schema, PosFieldId, "pos", delete);
        await foreach (var batch in reader.ReadAsync(new ParquetReadRequest { Columns = [pathColumn, posColumn] }, cancellationToken))
        {
            if (batch.Column(pathColumn) is not StringArray paths || batch.Column(posColumn) is not Int64Array rows)
                throw new IcebergFormatException($"Position delete file {delete.FilePath}: 'file_path' must be a string and 'pos' a long.");
            for (var row = 0; row < batch.Length; row++)
            {
                if (paths.IsNull(row) || rows.IsNull(row))
                    throw new IcebergFormatException($"Position delete file {delete.FilePath}: row {row} has a null file_path or pos.");
                var path = paths.GetString(row);
                if (!byPath.TryGetValue(path, out var list))
                    byPath[path] = list = [];
                list.Add(rows.Values[row]);
            }
        }
        _positions[delete.FilePath] = byPath;
        return byPath;
    }

    private async Task<EqualityDeletes> EqualitiesAsync(DataFile delete, CancellationToken cancellationToken)
    {
        if (_equalities.TryGetValue(delete.FilePath, out var cached))
            return cached;
        var ids = delete.EqualityIds is { Count: > 0 } equalityIds
            ? equalityIds
            : throw new IcebergFormatException($"Equality delete file {delete.FilePath} has no equality_ids.");
        await using var reader = await IcebergTable.OpenDataFileAsync(io, delete.FilePath, cancellationToken);
        var columns = ids.Select(id => Column(reader.Schema, id, null, delete)).ToList();
        var keys = new HashSet<object?[]>(EqualityKeyComparer.Instance);
        await foreach (var batch in reader.ReadAsync(new ParquetReadRequest { Columns = columns.Distinct().ToList() }, cancellationToken))
        {
            var arrays = columns.Select(name => batch.Column(name)).ToList();
            var types = ids.Select(id => schema?.FindField(id)?.Type as PrimitiveType).ToList();
            for (var row = 0; row < batch.Length; row++)
                keys.Add(arrays.Select((array, i) => EqualityKeyComparer.Normalize(ArrowValues.Get(array, row, types[i]))).ToArray());
        }
        var deletes = new EqualityDeletes(ids, keys);
        _equalities[delete.FilePath] = deletes;
        return deletes;
    }

    /// <summary>The delete file's top-level column with a field id (or, in a file written without ids, a name).</summary>
    private static string Column(Schema schema, int fieldId, string? name, DataFile delete) =>
        schema.FieldsList.FirstOrDefault(f => IcebergArrowSchema.FieldId(f) == fieldId)?.Name
        ?? (name is not null && schema.FieldsList.All(f => IcebergArrowSchema.FieldId(f) is null) && schema.GetFieldIndex(name, StringComparer.Ordinal) >= 0 ? name : null)
        ?? throw new IcebergFormatException($"Delete file {delete.FilePath} has no column with field id {fieldId}{(name is null ? "" : $" ('{name}')")}.");
}
