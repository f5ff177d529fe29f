using System.Text.Json;
using Apache.Arrow;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Writing batches to a file and reading a file's rows in the canonical form, for the Parquet tests.</summary>
public static class ParquetFiles
{
    public static async Task<string> WriteAsync(string folder, ArrowParquetWriterOptions options, params RecordBatch[] batches) =>
        (await WriteWithSummaryAsync(folder, options, batches)).Path;

    public static async Task<(string Path, ParquetWriteSummary Summary)> WriteWithSummaryAsync(string folder, ArrowParquetWriterOptions options, params RecordBatch[] batches)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.parquet");
        ParquetWriteSummary summary;
        await using (var stream = File.Create(path))
        await using (var writer = await ArrowParquetWriter.CreateAsync(stream, batches.Length > 0 ? batches[0].Schema : SampleTable.Schema, options))
        {
            foreach (var batch in batches)
                await writer.WriteAsync(batch);
            summary = await writer.FinishAsync();
        }
        return (path, summary);
    }

    public static Task<ArrowParquetReader> OpenAsync(string path) => ArrowParquetReader.OpenAsync(File.OpenRead(path), path);

    public static async Task<List<JsonElement>> ReadAsync(string path, ParquetReadRequest? request = null)
    {
        await using var reader = await OpenAsync(path);
        var rows = new List<JsonElement>();
        await foreach (var batch in reader.ReadAsync(request))
            rows.AddRange(CanonicalRows.Of(batch));
        return rows;
    }

    public static void AssertSameRows(IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!JsonElement.DeepEquals(expected[i], actual[i]))
                Assert.Fail($"{what}, row {i}:\nexpected {expected[i].GetRawText()}\nactual   {actual[i].GetRawText()}");
        }
    }
}
