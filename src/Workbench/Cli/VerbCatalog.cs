using Lineage.Workbench.Cli.Verbs;

namespace Lineage.Workbench.Cli;

/// <summary>Every verb the <c>lineage</c> command knows, in help order.</summary>
internal static class VerbCatalog
{
    public static IReadOnlyList<ICliVerb> All { get; } =
    [
        new AssetsListVerb(),
        new AssetsShowVerb(),
        new ColumnLineageVerb(),
        new GenerateVerb(),
        new ParquetSchemaVerb(),
        new ParquetHeadVerb(),
        new IcebergSnapshotsVerb(),
        new IcebergFilesVerb(),
        new IcebergOrphansVerb(),
        new MaterializeVerb(),
        new BackfillVerb(),
        new RunsVerb(),
        new RunVerb(),
        new CancelVerb(),
        new ChecksVerb(),
        new StatusVerb(),
        new PreviewVerb(),
        new ExportVerb(),
        new WorkerVerb(),
        new HashPasswordVerb(),
    ];
}
