using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Parquet.Guards;
using Lineage.Lakehouse.Tests.Parquet;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>What the S3 file IO sends: ranged reads, one PUT or a multipart upload, and conditional headers.</summary>
public sealed class S3RequestTests : IDisposable
{
    private readonly RecordingHttpClientFactory _http = new();
    private readonly Amazon.S3.AmazonS3Client _client;
    private readonly string _root = S3TestServer.NewRoot();

    public S3RequestTests()
    {
        var settings = S3TestServer.Settings();
        var config = settings.CreateConfig();
        config.HttpClientFactory = _http;
        _client = settings.CreateClient(config);
    }

    private S3FileIO Io(ConditionalPuts conditionalPuts = ConditionalPuts.Auto) =>
        new(_client, S3TestServer.Settings(conditionalPuts), new LocalCommitLock());

    [Fact]
    public async Task Opening_a_parquet_file_costs_a_head_and_ranged_gets_of_its_ends()
    {
        var io = Io();
        var location = _root + "table.parquet";
        await using (var stream = await io.CreateAsync(location))
        await using (var writer = await ArrowParquetWriter.CreateAsync(stream, SampleTable.Schema, new ArrowParquetWriterOptions()))
        {
            await writer.WriteAsync(SampleTable.Create(20_000));
            await writer.FinishAsync();
        }
        _http.Clear();

        var file = await io.OpenReadAsync(location);
        await using var reader = await ArrowParquetReader.OpenAsync(new ReadableFileStream(file), location);

        Assert.True(file.Length > 2 * S3ReadableFile.TailSize, $"the sample file has only {file.Length} bytes");
        Assert.Equal(20_000, reader.RowCount);
        Assert.Equal("HEAD", _http.Requests.First().Method);
        Assert.All(_http.Requests.Skip(1), get => Assert.NotNull(get.Range));
        // The frame check reads both magics and the footer; Parquet.Net then reads them again from the cached tail.
        Assert.True(_http.Requests.Count <= 4, $"opening took {_http.Requests.Count} requests");

        _http.Clear();
        var rows = 0L;
        await foreach (var batch in reader.ReadAsync(new ParquetReadRequest { Columns = ["id"] }))
            rows += batch.Length;
        Assert.Equal(20_000, rows);
        Assert.All(_http.Requests, request => Assert.NotNull(request.Range));
        Assert.True(_http.Requests.Sum(r => r.ResponseLength) < file.Length / 2, "a one-column read fetched most of the file");
    }

    [Fact]
    public async Task Small_file_is_one_put_and_a_large_one_a_multipart_upload()
    {
        var io = Io();
        await using (var small = await io.CreateAsync(_root + "small"))
            await small.WriteAsync(new byte[1000]);
        Assert.Equal("PUT", Assert.Single(_http.Requests).Method);

        _http.Clear();
        await using (var large = await io.CreateAsync(_root + "large"))
            await large.WriteAsync(Bytes.Random(17 * 1024 * 1024, seed: 9));

        var requests = _http.Requests.ToList();
        Assert.Equal(5, requests.Count);
        Assert.Equal("POST", requests[0].Method);
        Assert.Contains("uploads", requests[0].PathAndQuery);
        Assert.All(requests.Skip(1).Take(3), part => Assert.Contains("partNumber=", part.PathAndQuery));
        Assert.Equal("POST", requests[4].Method);
        Assert.Contains("uploadId=", requests[4].PathAndQuery);
    }

    [Fact]
    public async Task Abandoned_multipart_upload_is_aborted()
    {
        var io = Io();
        using var abandon = new CancellationTokenSource();
        await using (var stream = await io.CreateAsync(_root + "abandoned", abandon.Token))
        {
            await stream.WriteAsync(Bytes.Random(9 * 1024 * 1024, seed: 10));
            abandon.Cancel();
        }

        var last = _http.Requests.Last();
        Assert.Equal("DELETE", last.Method);
        Assert.Contains("uploadId=", last.PathAndQuery);
        Assert.False(await io.ExistsAsync(_root + "abandoned"));
    }

    [Fact]
    public async Task Failed_part_upload_aborts_the_upload_and_names_the_location()
    {
        var http = new RecordingHttpClientFactory { Deny = request => request.RequestUri!.Query.Contains("partNumber=2") };
        var settings = S3TestServer.Settings();
        var config = settings.CreateConfig();
        config.HttpClientFactory = http;
        using var client = settings.CreateClient(config);
        var io = new S3FileIO(client, settings);
        var location = _root + "denied.parquet";

        var error = await Assert.ThrowsAsync<FileIOException>(async () =>
        {
            await using var stream = await io.CreateAsync(location);
            await stream.WriteAsync(Bytes.Random(20 * 1024 * 1024, seed: 11));
        });

        Assert.Equal(location, error.Location);
        Assert.Contains("upload part 2", error.Message);
        Assert.Contains("access denied", error.Message);
        var last = http.Requests.Last();
        Assert.Equal(("DELETE", true), (last.Method, last.PathAndQuery.Contains("uploadId=")));
        Assert.False(await io.ExistsAsync(location));
    }

    [Fact]
    public async Task Create_new_with_conditional_puts_on_sends_if_none_match()
    {
        Assert.True(await Io(ConditionalPuts.On).TryCreateNewAsync(_root + "v1.json", "{}"u8.ToArray()));

        var put = Assert.Single(_http.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("*", put.IfNoneMatch);
    }

    [Fact]
    public async Task Create_new_under_the_commit_lock_sends_no_condition()
    {
        Assert.True(await Io(ConditionalPuts.Off).TryCreateNewAsync(_root + "v1.json", "{}"u8.ToArray()));

        Assert.Collection(_http.Requests,
            head => Assert.Equal("HEAD", head.Method),
            put => Assert.Equal(("PUT", null), (put.Method, put.IfNoneMatch)));
    }

    public void Dispose() => _client.Dispose();
}
