using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Apache.Arrow.Ipc;
using Lineage.Lakehouse.Tests.Interop;
using Lineage.Workbench.Api;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Api;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class RowsApiTests(MaterializedWorkbench workbench)
{
    private const string Molecules = "quantum_features/molecules";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_arrow_download_read_by_apache_arrow_and_the_parquet_download_read_by_duckdb_equal_the_preview()
    {
        var preview = await PreviewRowsAsync("molecules", null);
        var arrow = await DownloadAsync("arrow", "molecules.arrows");
        var parquet = await DownloadAsync("parquet", "molecules.parquet");

        var byArrow = CanonicalLines(await NodeScript.RunAsync("arrow/read-apache-arrow.mjs", arrow));
        var byDuckDb = CanonicalLines(await NodeScript.RunAsync("parquet/read-duckdb.mjs", parquet));

        Assert.NotEmpty(preview);
        Assert.Equal(preview.Count, byArrow.Count);
        Assert.Equal(preview.Count, byDuckDb.Count);
        for (var row = 0; row < preview.Count; row++)
        {
            SameValues(preview[row], byArrow[row], $"row {row} read by apache-arrow");
            SameValues(preview[row], byDuckDb[row], $"row {row} read by DuckDB");
        }
    }

    [Fact]
    public async Task Json_lines_and_csv_carry_the_chosen_columns_of_the_partition_row_for_row()
    {
        var preview = await PreviewRowsAsync("vqe_iterations", "iteration_id,iteration_energy");
        var client = workbench.Factory.CreateClient();

        var jsonl = await client.GetAsync($"/api/assets/vqe_iterations/rows?partition={MaterializedWorkbench.Day}&columns=iteration_id,iteration_energy&format=jsonl");
        var csv = await client.GetAsync($"/api/assets/vqe_iterations/rows?partition={MaterializedWorkbench.Day}&columns=iteration_energy,iteration_id&format=csv");

        Assert.Equal("application/x-ndjson", jsonl.Content.Headers.ContentType!.MediaType);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(preview.Select(r => r.GetRawText()), lines.Select(l => JsonDocument.Parse(l).RootElement.GetRawText()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"vqe_iterations-{MaterializedWorkbench.Day}.csv", csv.Content.Headers.ContentDisposition!.FileName);
        var records = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("iteration_energy,iteration_id", records[0]);
        Assert.Equal(preview.Count, records.Length - 1);
        Assert.Equal(preview[0].GetProperty("iteration_energy").GetDouble(), double.Parse(records[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_arrow_download_is_a_stream_of_batches_with_the_iceberg_field_ids()
    {
        var file = await DownloadAsync("arrow", "molecules.arrows");

        await using var stream = File.OpenRead(file);
        using var reader = new ArrowStreamReader(stream);
        var rows = 0;
        while (await reader.ReadNextRecordBatchAsync() is { } batch)
            using (batch)
                rows += batch.Length;
        Assert.Equal((await PreviewRowsAsync("molecules", null)).Count, rows);
        Assert.Equal("1", reader.Schema.GetFieldByName("experiment_id").Metadata["PARQUET:field_id"]);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("arrow")]
    [InlineData("parquet")]
    public async Task Every_format_streams_every_column_of_a_partition_to_the_end(string format)
    {
        var response = await workbench.Factory.CreateClient()
            .GetAsync($"/api/assets/vqe_iterations/rows?partition={MaterializedWorkbench.Day}&format={format}");

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        if (format != "parquet")
            Assert.True(body.Length > 128 * 1024, $"{format}: a body of {body.Length} bytes is too small to prove the streaming");
        var rows = (await PreviewRowsAsync("vqe_iterations", "iteration_id")).Count;
        switch (format)
        {
            case "csv":
                Assert.Equal(rows + 1, System.Text.Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
                break;
            case "jsonl":
                Assert.Equal(rows, System.Text.Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                break;
            case "arrow":
                using (var reader = new ArrowStreamReader(new MemoryStream(body)))
                {
                    var read = 0;
                    while (await reader.ReadNextRecordBatchAsync() is { } batch)
                        using (batch)
                            read += batch.Length;
                    Assert.Equal(rows, read);
                }
                break;
            default:
                var file = Path.Combine(Path.GetTempPath(), $"lineage-rows-{Guid.NewGuid():N}.parquet");
                await File.WriteAllBytesAsync(file, body);
                Assert.Equal(rows, CanonicalLines(await NodeScript.RunAsync("parquet/read-duckdb.mjs", file)).Count);
                break;
        }
    }

    [Theory]
    [InlineData("/api/assets/vqe_iterations/rows?format=xml", HttpStatusCode.BadRequest, "format 'xml'")]
    [InlineData("/api/assets/vqe_iterations/rows?columns=iteration_id,nope", HttpStatusCode.BadRequest, "no column 'nope'")]
    [InlineData("/api/assets/vqe_iterations/rows?partition=19-11-2026", HttpStatusCode.BadRequest, "partition '19-11-2026'")]
    [InlineData("/api/assets/vqe_iterations/rows?tag=no-such-tag", HttpStatusCode.NotFound, "no tag 'no-such-tag'")]
    [InlineData("/api/assets/no_such_asset/rows", HttpStatusCode.NotFound, "no_such_asset")]
    [InlineData("/api/assets/raw_vqe_results/rows", HttpStatusCode.BadRequest, "not a table")]
    public async Task Bad_input_is_a_problem_naming_it(string url, HttpStatusCode status, string named)
    {
        var response = await workbench.Factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> DownloadAsync(string format, string expectedName)
    {
        var response = await workbench.Factory.CreateClient()
            .GetAsync($"/api/assets/{Molecules}/rows?partition={MaterializedWorkbench.Day}&format={format}");
        response.EnsureSuccessStatusCode();
        Assert.Equal(expectedName.Replace("molecules", $"molecules-{MaterializedWorkbench.Day}"), response.Content.Headers.ContentDisposition!.FileName);
        var file = Path.Combine(Path.GetTempPath(), $"lineage-rows-{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }

    /// <summary>Every row of the partition through the preview API, page by page.</summary>
    private async Task<List<JsonElement>> PreviewRowsAsync(string asset, string? columns)
    {
        var rows = new List<JsonElement>();
        var client = workbench.Factory.CreateClient();
        while (true)
        {
            var page = await client.GetFromJsonAsync<PreviewPage>(
                $"/api/preview?asset={asset}&partition={MaterializedWorkbench.Day}{(columns is null ? "" : "&columns=" + columns)}&offset={rows.Count}&limit={PreviewApi.MaxLimit}", Json);
            rows.AddRange(page!.Rows);
            if (!page.HasMore)
                return rows;
        }
    }

    private static List<JsonElement> CanonicalLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    /// <summary>
    /// A preview value against the canonical one an independent reader printed: equal as values (the canonical form
    /// writes doubles and longs as strings).
    /// </summary>
    private static void SameValues(JsonElement preview, JsonElement canonical, string where)
    {
        switch (preview.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(preview.EnumerateObject().Select(p => p.Name), canonical.EnumerateObject().Select(p => p.Name));
                foreach (var property in preview.EnumerateObject())
                    SameValues(property.Value, canonical.GetProperty(property.Name), $"{where}, {property.Name}");
                break;
            case JsonValueKind.Array:
                Assert.True(canonical.ValueKind == JsonValueKind.Array && canonical.GetArrayLength() == preview.GetArrayLength(), where);
                foreach (var (item, other) in preview.EnumerateArray().Zip(canonical.EnumerateArray()))
                    SameValues(item, other, where);
                break;
            case JsonValueKind.Number:
                var expected = canonical.ValueKind == JsonValueKind.String
                    ? double.Parse(canonical.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    : canonical.GetDouble();
                Assert.True(preview.GetDouble().Equals(expected), $"{where}: {preview} against {canonical}");
                break;
            default:
                Assert.True(JsonElement.DeepEquals(preview, canonical), $"{where}: {preview} against {canonical}");
                break;
        }
    }
}
