using Lineage.Lakehouse.Iceberg.Manifests;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>A live data file of a scan and the position and equality delete files that apply to its rows.</summary>
internal sealed record FileScanTask(DataFile File, IReadOnlyList<DataFile> Deletes);
