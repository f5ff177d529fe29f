using Lineage.Lakehouse.Parquet;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>Opens a Parquet file named on the command line, any writer's.</summary>
internal static class ParquetFiles
{
    public static Task<ArrowParquetReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new CliUsageException($"{path}: no such file");
        return ArrowParquetReader.OpenAsync(File.OpenRead(path), path, cancellationToken);
    }
}
