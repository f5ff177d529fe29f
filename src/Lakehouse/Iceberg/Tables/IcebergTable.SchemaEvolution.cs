using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Tables;

public sealed partial class IcebergTable
{
    /// <summary>Operation reported by <see cref="AddColumnAsync"/>.</summary>
    public const string AddColumnOperation = "add-column";

    /// <summary>
    /// Commits a new metadata version whose current schema (a new schema id) ends with an optional top-level column of
    /// the type, under a fresh field id above <c>last-column-id</c> (nested element, key and value ids too; ids inside
    /// <paramref name="type"/> are ignored). No snapshot is added: files written before read the column as nulls.
    /// The result names the current snapshot, as for tags.
    /// </summary>
    /// <exception cref="ArgumentException">The table already has a top-level column of that name.</exception>
    public Task<CommitResult> AddColumnAsync(string name, IcebergType type, string? doc = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        return CommitAsync((state, _, _) =>
        {
            var metadata = state.Metadata;
            var current = metadata.CurrentSchema;
            if (current.Struct.FindField(name) is not null)
                throw new ArgumentException(
                    $"table {Location} already has a column '{name}'; pick another name (its columns are {string.Join(", ", current.Fields.Select(f => f.Name))})",
                    nameof(name));
            var ids = new FreshFieldIds(Math.Max(metadata.LastColumnId, metadata.Schemas.Max(s => s.HighestFieldId)));
            var field = NestedField.Optional(ids.Next(), name, ids.Assign(type), doc);
            var schema = new IcebergSchema(metadata.Schemas.Max(s => s.SchemaId) + 1, [.. current.Fields, field], current.IdentifierFieldIds);
            var next = metadata with
            {
                LastUpdatedMs = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), metadata.LastUpdatedMs),
                LastColumnId = ids.LastAssigned,
                Schemas = [.. metadata.Schemas, schema],
                CurrentSchemaId = schema.SchemaId,
            };
            var snapshot = metadata.CurrentSnapshot;
            var result = new CommitResult(
                snapshot?.SnapshotId ?? 0, snapshot?.SequenceNumber ?? 0, 0, AddColumnOperation, snapshot?.Summary ?? new Dictionary<string, string>(), 0);
            return Task.FromResult(new PendingCommit(next, [], result));
        }, cancellationToken);
    }
}
