using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>
/// Reads table metadata JSON of format versions 1 and 2 (v1: a single <c>schema</c> and <c>partition-spec</c>, no
/// sequence numbers, <c>-1</c> for no current snapshot) and writes v2.
/// </summary>
internal static class TableMetadataJson
{
    private const string Where = "table metadata";

    public static TableMetadata Read(string json) => JsonText.Parse(json, Where, Read);

    public static TableMetadata Read(JsonElement root)
    {
        var version = JsonRead.Int(JsonRead.Required(root, "format-version", Where), "format-version", Where);
        if (version is < 1 or > 2)
            throw new IcebergFormatException($"{Where} has format-version {version}; only versions 1 and 2 can be read");
        var v2 = version == 2;
        var location = JsonRead.String(JsonRead.Required(root, "location", Where), "location", Where);
        var where = $"{Where} of {location}";

        var schemas = ReadSchemas(root, where);
        var currentSchemaId = JsonRead.Optional(root, "current-schema-id") is { } cs
            ? JsonRead.Int(cs, "current-schema-id", where)
            : schemas[0].SchemaId;
        var specs = ReadSpecs(root, where);
        var defaultSpecId = JsonRead.Optional(root, "default-spec-id") is { } ds ? JsonRead.Int(ds, "default-spec-id", where) : specs[0].SpecId;
        long? currentSnapshotId = JsonRead.Optional(root, "current-snapshot-id") is { } csn ? JsonRead.Long(csn, "current-snapshot-id", where) : null;
        if (currentSnapshotId == -1)
            currentSnapshotId = null;
        // Writers older than refs imply a main branch at the current snapshot.
        var refs = JsonRead.Optional(root, "refs") is { } r ? ReadRefs(r, where) : new Dictionary<string, SnapshotRef>();
        if (JsonRead.Optional(root, "refs") is null && currentSnapshotId is { } current)
            refs[SnapshotRef.MainBranch] = SnapshotRef.Branch(current);

        var metadata = new TableMetadata
        {
            FormatVersion = version,
            TableUuid = JsonRead.Optional(root, "table-uuid") is { } uuid ? ParseUuid(JsonRead.String(uuid, "table-uuid", where), where) : v2 ? throw Missing("table-uuid", where) : Guid.Empty,
            Location = location,
            LastSequenceNumber = JsonRead.Optional(root, "last-sequence-number") is { } lsn ? JsonRead.Long(lsn, "last-sequence-number", where) : v2 ? throw Missing("last-sequence-number", where) : 0,
            LastUpdatedMs = JsonRead.Long(JsonRead.Required(root, "last-updated-ms", where), "last-updated-ms", where),
            LastColumnId = JsonRead.Int(JsonRead.Required(root, "last-column-id", where), "last-column-id", where),
            Schemas = schemas,
            CurrentSchemaId = currentSchemaId,
            PartitionSpecs = specs,
            DefaultSpecId = defaultSpecId,
            LastPartitionId = JsonRead.Optional(root, "last-partition-id") is { } lp
                ? JsonRead.Int(lp, "last-partition-id", where)
                : v2 ? throw Missing("last-partition-id", where) : specs.Max(s => s.LastAssignedFieldId),
            Properties = JsonRead.Optional(root, "properties") is { } p ? JsonRead.StringMap(p, "properties", where) : new Dictionary<string, string>(),
            CurrentSnapshotId = currentSnapshotId,
            Snapshots = JsonRead.Optional(root, "snapshots") is { } s ? JsonRead.Array(s, "snapshots", where).Select(e => ReadSnapshot(e, where)).ToList() : [],
            SnapshotLog = JsonRead.Optional(root, "snapshot-log") is { } sl
                ? JsonRead.Array(sl, "snapshot-log", where).Select(e => new SnapshotLogEntry(
                    JsonRead.Long(JsonRead.Required(e, "timestamp-ms", where), "timestamp-ms", where),
                    JsonRead.Long(JsonRead.Required(e, "snapshot-id", where), "snapshot-id", where))).ToList()
                : [],
            MetadataLog = JsonRead.Optional(root, "metadata-log") is { } ml
                ? JsonRead.Array(ml, "metadata-log", where).Select(e => new MetadataLogEntry(
                    JsonRead.Long(JsonRead.Required(e, "timestamp-ms", where), "timestamp-ms", where),
                    JsonRead.String(JsonRead.Required(e, "metadata-file", where), "metadata-file", where))).ToList()
                : [],
            SortOrders = JsonRead.Optional(root, "sort-orders") is { } so
                ? JsonRead.Array(so, "sort-orders", where).Select(e => ReadSortOrder(e, where)).ToList()
                : v2 ? throw Missing("sort-orders", where) : [SortOrder.Unsorted],
            DefaultSortOrderId = JsonRead.Optional(root, "default-sort-order-id") is { } dso
                ? JsonRead.Int(dso, "default-sort-order-id", where)
                : v2 ? throw Missing("default-sort-order-id", where) : 0,
            Refs = refs,
            Statistics = JsonRead.Optional(root, "statistics") is { } st ? JsonRead.Array(st, "statistics", where).Select(e => e.Clone()).ToList() : [],
            PartitionStatistics = JsonRead.Optional(root, "partition-statistics") is { } ps ? JsonRead.Array(ps, "partition-statistics", where).Select(e => e.Clone()).ToList() : [],
        };
        if (v2)
            TableMetadataValidator.Validate(metadata);
        return metadata;
    }

    public static string Write(TableMetadata metadata)
    {
        TableMetadataValidator.Validate(metadata with { FormatVersion = 2 });
        return JsonText.Write(writer => Write(writer, metadata), indented: true);
    }

    private static void Write(Utf8JsonWriter writer, TableMetadata metadata)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format-version", 2);
        writer.WriteString("table-uuid", metadata.TableUuid.ToString("D"));
        writer.WriteString("location", metadata.Location);
        writer.WriteNumber("last-sequence-number", metadata.LastSequenceNumber);
        writer.WriteNumber("last-updated-ms", metadata.LastUpdatedMs);
        writer.WriteNumber("last-column-id", metadata.LastColumnId);
        writer.WriteNumber("current-schema-id", metadata.CurrentSchemaId);
        writer.WriteStartArray("schemas");
        foreach (var schema in metadata.Schemas)
            IcebergSchemaJson.Write(writer, schema);
        writer.WriteEndArray();
        writer.WriteNumber("default-spec-id", metadata.DefaultSpecId);
        writer.WriteStartArray("partition-specs");
        foreach (var spec in metadata.PartitionSpecs)
            PartitionSpecJson.Write(writer, spec);
        writer.WriteEndArray();
        writer.WriteNumber("last-partition-id", metadata.LastPartitionId);
        writer.WriteNumber("default-sort-order-id", metadata.DefaultSortOrderId);
        writer.WriteStartArray("sort-orders");
        foreach (var order in metadata.SortOrders)
            WriteSortOrder(writer, order);
        writer.WriteEndArray();
        WriteStringMap(writer, "properties", metadata.Properties);
        if (metadata.CurrentSnapshotId is { } current)
            writer.WriteNumber("current-snapshot-id", current);
        writer.WriteStartObject("refs");
        foreach (var (name, snapshotRef) in metadata.Refs)
            WriteRef(writer, name, snapshotRef);
        writer.WriteEndObject();
        writer.WriteStartArray("snapshots");
        foreach (var snapshot in metadata.Snapshots)
            WriteSnapshot(writer, snapshot);
        writer.WriteEndArray();
        writer.WriteStartArray("statistics");
        foreach (var statistics in metadata.Statistics)
            statistics.WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("partition-statistics");
        foreach (var statistics in metadata.PartitionStatistics)
            statistics.WriteTo(writer);
        writer.WriteEndArray();
        writer.WriteStartArray("snapshot-log");
        foreach (var entry in metadata.SnapshotLog)
        {
            writer.WriteStartObject();
            writer.WriteNumber("timestamp-ms", entry.TimestampMs);
            writer.WriteNumber("snapshot-id", entry.SnapshotId);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("metadata-log");
        foreach (var entry in metadata.MetadataLog)
        {
            writer.WriteStartObject();
            writer.WriteNumber("timestamp-ms", entry.TimestampMs);
            writer.WriteString("metadata-file", entry.MetadataFile);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<IcebergSchema> ReadSchemas(JsonElement root, string where)
    {
        if (JsonRead.Optional(root, "schemas") is { } schemas)
        {
            var list = JsonRead.Array(schemas, "schemas", where).Select(IcebergSchemaJson.Read).ToList();
            return list.Count > 0 ? list : throw new IcebergFormatException($"{where} has an empty 'schemas' list");
        }
        if (JsonRead.Optional(root, "schema") is { } schema)
            return [IcebergSchemaJson.Read(schema)];
        throw Missing("schemas", where);
    }

    private static List<PartitionSpec> ReadSpecs(JsonElement root, string where)
    {
        if (JsonRead.Optional(root, "partition-specs") is { } specs)
        {
            var list = JsonRead.Array(specs, "partition-specs", where).Select(e => PartitionSpecJson.Read(e, null)).ToList();
            return list.Count > 0 ? list : throw new IcebergFormatException($"{where} has an empty 'partition-specs' list");
        }
        if (JsonRead.Optional(root, "partition-spec") is { } fields)
            return [new PartitionSpec(0, PartitionSpecJson.ReadFields(fields, 0, PartitionSpec.FirstFieldId))];
        throw Missing("partition-specs", where);
    }

    private static Snapshot ReadSnapshot(JsonElement e, string where)
    {
        var id = JsonRead.Long(JsonRead.Required(e, "snapshot-id", where), "snapshot-id", where);
        var snapshotWhere = $"{where}, snapshot {id}";
        return new Snapshot
        {
            SnapshotId = id,
            ParentSnapshotId = JsonRead.Optional(e, "parent-snapshot-id") is { } parent ? JsonRead.Long(parent, "parent-snapshot-id", snapshotWhere) : null,
            SequenceNumber = JsonRead.Optional(e, "sequence-number") is { } seq ? JsonRead.Long(seq, "sequence-number", snapshotWhere) : 0,
            TimestampMs = JsonRead.Long(JsonRead.Required(e, "timestamp-ms", snapshotWhere), "timestamp-ms", snapshotWhere),
            ManifestList = JsonRead.Optional(e, "manifest-list") is { } list ? JsonRead.String(list, "manifest-list", snapshotWhere) : null,
            Manifests = JsonRead.Optional(e, "manifests") is { } manifests
                ? JsonRead.Array(manifests, "manifests", snapshotWhere).Select(m => JsonRead.String(m, "manifests", snapshotWhere)).ToList()
                : null,
            Summary = JsonRead.Optional(e, "summary") is { } summary ? JsonRead.StringMap(summary, "summary", snapshotWhere) : new Dictionary<string, string>(),
            SchemaId = JsonRead.Optional(e, "schema-id") is { } schema ? JsonRead.Int(schema, "schema-id", snapshotWhere) : null,
        };
    }

    private static void WriteSnapshot(Utf8JsonWriter writer, Snapshot snapshot)
    {
        writer.WriteStartObject();
        writer.WriteNumber("snapshot-id", snapshot.SnapshotId);
        if (snapshot.ParentSnapshotId is { } parent)
            writer.WriteNumber("parent-snapshot-id", parent);
        writer.WriteNumber("sequence-number", snapshot.SequenceNumber);
        writer.WriteNumber("timestamp-ms", snapshot.TimestampMs);
        if (snapshot.ManifestList is not null)
            writer.WriteString("manifest-list", snapshot.ManifestList);
        WriteStringMap(writer, "summary", snapshot.Summary);
        if (snapshot.SchemaId is { } schemaId)
            writer.WriteNumber("schema-id", schemaId);
        writer.WriteEndObject();
    }

    private static Dictionary<string, SnapshotRef> ReadRefs(JsonElement refs, string where)
    {
        if (refs.ValueKind != JsonValueKind.Object)
            throw new IcebergFormatException($"{where}: 'refs' must be an object");
        var result = new Dictionary<string, SnapshotRef>(StringComparer.Ordinal);
        foreach (var property in refs.EnumerateObject())
        {
            var e = property.Value;
            var refWhere = $"{where}, ref '{property.Name}'";
            var type = JsonRead.String(JsonRead.Required(e, "type", refWhere), "type", refWhere);
            if (type is not (SnapshotRef.BranchType or SnapshotRef.TagType))
                throw new IcebergFormatException($"{refWhere} has type '{type}'; a ref is a branch or a tag");
            result[property.Name] = new SnapshotRef(
                JsonRead.Long(JsonRead.Required(e, "snapshot-id", refWhere), "snapshot-id", refWhere),
                type,
                JsonRead.Optional(e, "min-snapshots-to-keep") is { } min ? JsonRead.Int(min, "min-snapshots-to-keep", refWhere) : null,
                JsonRead.Optional(e, "max-snapshot-age-ms") is { } age ? JsonRead.Long(age, "max-snapshot-age-ms", refWhere) : null,
                JsonRead.Optional(e, "max-ref-age-ms") is { } refAge ? JsonRead.Long(refAge, "max-ref-age-ms", refWhere) : null);
        }
        return result;
    }

    private static void WriteRef(Utf8JsonWriter writer, string name, SnapshotRef snapshotRef)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("snapshot-id", snapshotRef.SnapshotId);
        writer.WriteString("type", snapshotRef.Type);
        if (snapshotRef.MinSnapshotsToKeep is { } min)
            writer.WriteNumber("min-snapshots-to-keep", min);
        if (snapshotRef.MaxSnapshotAgeMs is { } age)
            writer.WriteNumber("max-snapshot-age-ms", age);
        if (snapshotRef.MaxRefAgeMs is { } refAge)
            writer.WriteNumber("max-ref-age-ms", refAge);
        writer.WriteEndObject();
    }

    private static SortOrder ReadSortOrder(JsonElement e, string where)
    {
        var id = JsonRead.Int(JsonRead.Required(e, "order-id", where), "order-id", where);
        var orderWhere = $"{where}, sort order {id}";
        return new SortOrder(id, JsonRead.Array(JsonRead.Required(e, "fields", orderWhere), "fields", orderWhere).Select(f => new SortField(
            Transform.Parse(JsonRead.String(JsonRead.Required(f, "transform", orderWhere), "transform", orderWhere)),
            JsonRead.Int(JsonRead.Required(f, "source-id", orderWhere), "source-id", orderWhere),
            JsonRead.String(JsonRead.Required(f, "direction", orderWhere), "direction", orderWhere),
            JsonRead.String(JsonRead.Required(f, "null-order", orderWhere), "null-order", orderWhere))).ToList());
    }

    private static void WriteSortOrder(Utf8JsonWriter writer, SortOrder order)
    {
        writer.WriteStartObject();
        writer.WriteNumber("order-id", order.OrderId);
        writer.WriteStartArray("fields");
        foreach (var field in order.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("transform", field.Transform.ToString());
            writer.WriteNumber("source-id", field.SourceId);
            writer.WriteString("direction", field.Direction);
            writer.WriteString("null-order", field.NullOrder);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStringMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
            writer.WriteString(key, value);
        writer.WriteEndObject();
    }

    private static Guid ParseUuid(string text, string where) =>
        Guid.TryParse(text, out var uuid) ? uuid : throw new IcebergFormatException($"{where}: table-uuid '{text}' is not a UUID");

    private static IcebergFormatException Missing(string name, string where) =>
        new($"{where} has no '{name}', which format version 2 requires");
}
