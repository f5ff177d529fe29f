using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Reading;
using Lineage.Lakehouse.Parquet.Schema;
using Lineage.Lakehouse.Parquet.Writing;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>When a column chunk is dictionary-encoded, when it falls back to PLAIN, and that either way it reads back.</summary>
public sealed class DictionaryFallbackTests : IDisposable
{
    private static readonly ParquetSchema Schema = new([
        new PrimitiveField("number", ParquetValueType.Int32, Nullable: false, FieldId: 1),
        new PrimitiveField("measure", ParquetValueType.Double, FieldId: 2),
        new PrimitiveField("label", ParquetValueType.String, Nullable: false, FieldId: 3),
    ]);

    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-dictionary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_dictionary_that_outgrows_its_limit_falls_back_to_plain_and_still_reads_back()
    {
        // 4 distinct numbers first (the dictionary pays), then unique ones until it passes its 2 KiB limit.
        var rows = Enumerable.Range(0, 2000).Select(i => (Number: i < 1000 ? i % 4 : i, Measure: (double?)(i % 3), Label: $"l{i % 5}")).ToList();
        var path = await WriteAsync(new ParquetWriterOptions { DictionaryPageSizeLimit = 2048, DataPageSize = 1024 }, rows);

        var stats = await EncodingsAsync(path, "number");
        Assert.Contains(stats, s => s.PageType == PageType.DictionaryPage);
        Assert.Contains(stats, s => s.Encoding == Encoding.RleDictionary);
        Assert.Contains(stats, s => s.Encoding == Encoding.Plain && s.PageType != PageType.DictionaryPage);
        Assert.Equal(rows, await ReadAsync(path));
    }

    [Fact]
    public async Task Values_that_rarely_repeat_are_written_plain_without_a_dictionary_page()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => (Number: i * 7, Measure: i % 10 == 9 ? null : (double?)Math.Sin(i), Label: $"unique-{i}")).ToList();
        var path = await WriteAsync(new ParquetWriterOptions { DataPageSize = 4096 }, rows);

        foreach (var column in new[] { "number", "measure", "label" })
        {
            var stats = await EncodingsAsync(path, column);
            Assert.DoesNotContain(stats, s => s.PageType == PageType.DictionaryPage);
            Assert.All(stats, s => Assert.Equal(Encoding.Plain, s.Encoding));
        }
        Assert.Equal(rows, await ReadAsync(path));
    }

    [Fact]
    public async Task Values_that_repeat_stay_dictionary_encoded_in_every_page()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => (Number: i % 7, Measure: i % 10 == 9 ? null : (double?)(i % 3), Label: $"experiment-{i / 500}")).ToList();
        var path = await WriteAsync(new ParquetWriterOptions { DataPageSize = 1024, DataPageValueLimit = 100 }, rows);

        foreach (var column in new[] { "number", "measure", "label" })
        {
            var stats = await EncodingsAsync(path, column);
            Assert.Contains(stats, s => s.PageType == PageType.DictionaryPage);
            Assert.DoesNotContain(stats, s => s.Encoding == Encoding.Plain && s.PageType != PageType.DictionaryPage);
            Assert.True(stats.Single(s => s.Encoding == Encoding.RleDictionary).Count >= 30, "a page holds at most 100 values");
        }
        Assert.Equal(rows, await ReadAsync(path));
    }

    private async Task<string> WriteAsync(ParquetWriterOptions options, IReadOnlyList<(int Number, double? Measure, string Label)> rows)
    {
        var numbers = new PrimitiveVector<int>();
        var measures = new PrimitiveVector<double>();
        var labels = new BinaryVector();
        foreach (var (number, measure, label) in rows)
        {
            numbers.Append(number);
            if (measure is { } value)
                measures.Append(value);
            else
                measures.AppendNull();
            labels.AppendString(label);
        }
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = new ParquetWriter(stream, Schema, options))
        {
            await writer.WriteAsync(new RecordBatch(Schema, [numbers, measures, labels]));
            await writer.FinishAsync();
        }
        return path;
    }

    private static async Task<List<PageEncodingStats>> EncodingsAsync(string path, string column)
    {
        await using var reader = await ParquetReader.OpenAsync(path);
        var index = Schema.Leaves.Single(l => l.Field.Name == column).Index;
        return [.. reader.Metadata.RowGroups.SelectMany(g => g.Columns[index].MetaData!.EncodingStats!)];
    }

    private static async Task<List<(int Number, double? Measure, string Label)>> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.OpenAsync(path);
        var rows = new List<(int, double?, string)>();
        await foreach (var batch in reader.ReadAsync())
        {
            var numbers = (PrimitiveVector<int>)batch["number"];
            var measures = (PrimitiveVector<double>)batch["measure"];
            var labels = (BinaryVector)batch["label"];
            for (var i = 0; i < batch.RowCount; i++)
                rows.Add((numbers[i], measures.IsNull(i) ? null : measures[i], labels.GetString(i)));
        }
        return rows;
    }
}
