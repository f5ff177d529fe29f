using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Fixtures;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Truncated and bit-flipped files end in a clean ParquetFormatException (or, for a flip in a value, a valid read) and never hang.</summary>
public sealed class DamagedFileTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-parquet-damaged-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<byte[]> OriginalAsync(ParquetCodec codec)
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { Codec = codec, RowGroupSize = 16 * 1024 }, SampleTable.Create(300));
        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>Reads every row of the file; returns null when it read cleanly, else the exception.</summary>
    private async Task<Exception?> ReadAllAsync(byte[] bytes)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.parquet");
        await File.WriteAllBytesAsync(path, bytes);
        var read = Task.Run(async () =>
        {
            await using var reader = await ParquetFiles.OpenAsync(path);
            await foreach (var _ in reader.ReadAsync()) { }
        });
        if (await Task.WhenAny(read, Task.Delay(HangGuard)) != read)
            Assert.Fail($"Reading a damaged file did not finish within {HangGuard.TotalSeconds} s.");
        File.Delete(path);
        return read.Exception?.InnerException;
    }

    private static void AssertCleanFailure(Exception? error, string variant)
    {
        if (error is not null and not ParquetFormatException)
            Assert.Fail($"{variant}: expected ParquetFormatException, got {error.GetType().Name}: {error.Message}");
    }

    public static TheoryData<ParquetCodec> Codecs() => [ParquetCodec.None, ParquetCodec.Snappy, ParquetCodec.Zstd, ParquetCodec.Gzip, ParquetCodec.Lz4Raw];

    [Theory]
    [MemberData(nameof(Codecs))]
    public async Task Every_truncation_is_a_format_error_naming_the_file(ParquetCodec codec)
    {
        var bytes = await OriginalAsync(codec);
        foreach (var length in Enumerable.Range(0, 40).Select(i => (int)((long)bytes.Length * i / 40)).Append(bytes.Length - 1).Append(7))
        {
            var error = await ReadAllAsync(bytes[..length]);
            var format = Assert.IsType<ParquetFormatException>(error);
            Assert.Contains(".parquet", format.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public async Task Bit_flips_give_a_clean_error_or_a_readable_file(ParquetCodec codec)
    {
        var original = await OriginalAsync(codec);
        var random = new Random(1234 + (int)codec * 10);
        for (var i = 0; i < 120; i++)
        {
            var damaged = (byte[])original.Clone();
            var position = random.Next(damaged.Length);
            damaged[position] ^= (byte)(1 << random.Next(8));
            AssertCleanFailure(await ReadAllAsync(damaged), $"{codec}, bit flip at byte {position}");
        }
    }

    [Fact]
    public async Task Damaged_footers_of_golden_files_are_format_errors()
    {
        var random = new Random(99);
        foreach (var golden in GoldenCatalog.Files.Take(8))
        {
            var original = await File.ReadAllBytesAsync(golden.Path);
            for (var i = 0; i < 30; i++)
            {
                var damaged = (byte[])original.Clone();
                // Aim at the footer, the densest metadata.
                var position = damaged.Length - 8 - random.Next(Math.Min(400, damaged.Length - 8));
                damaged[position] = (byte)random.Next(256);
                AssertCleanFailure(await ReadAllAsync(damaged), $"{golden.Name}, byte {position}");
            }
        }
    }

    [Fact]
    public async Task A_file_without_the_magic_is_not_parquet()
    {
        var error = await ReadAllAsync("this is not a parquet file at all"u8.ToArray());

        var format = Assert.IsType<ParquetFormatException>(error);
        Assert.Contains("PAR1", format.Message);
    }

    [Fact]
    public async Task A_page_header_claiming_a_huge_page_is_refused_before_anything_is_allocated_for_it()
    {
        const int field = 3;
        var bytes = await OriginalAsync(ParquetCodec.None);
        // The first column chunk starts right after the magic with a page header: field 1 (type), then the
        // uncompressed (2) and compressed (3) sizes, each a zigzag varint; the largest varint of the same length keeps the header well formed.
        var position = 4;
        Assert.Equal(0x15, bytes[position++]);
        while ((bytes[position++] & 0x80) != 0) { }
        for (var current = 2; current < field; current++)
        {
            Assert.Equal(0x15, bytes[position++]);
            while ((bytes[position++] & 0x80) != 0) { }
        }
        Assert.Equal(0x15, bytes[position++]);
        var varintStart = position;
        while ((bytes[position] & 0x80) != 0)
            bytes[position++] = 0xFE;
        bytes[position] = 0x7E;
        Assert.True(position - varintStart >= 1, "the size should take at least two bytes");

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var error = await ReadAllAsync(bytes);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var format = Assert.IsType<ParquetFormatException>(error);
        Assert.Contains("remain in the column chunk", format.Message);
        Assert.True(allocated < 64L * 1024 * 1024, $"reading allocated {allocated:N0} bytes for a file of {bytes.Length:N0}");
    }

    [Fact]
    public async Task A_file_reads_under_a_single_threaded_synchronization_context_as_a_page_render_has()
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions(), SampleTable.Create(300));
        var rows = 0L;
        var read = new TaskCompletionSource();
        var thread = new Thread(() =>
        {
            var context = new SingleThreadContext();
            SynchronizationContext.SetSynchronizationContext(context);
            context.Post(async _ =>
            {
                try
                {
                    // Through a ranged file, as table scans read: its reads are asynchronous only.
                    var file = await new Lineage.Lakehouse.IO.LocalFileIO().OpenReadAsync(path);
                    await using var reader = await ArrowParquetReader.OpenAsync(new Lineage.Lakehouse.Parquet.Guards.ReadableFileStream(file), path);
                    await foreach (var batch in reader.ReadAsync())
                        rows += batch.Length;
                    read.SetResult();
                }
                catch (Exception e)
                {
                    read.SetException(e);
                }
            }, null);
            context.RunUntil(read.Task);
        });
        thread.Start();

        if (await Task.WhenAny(read.Task, Task.Delay(HangGuard)) != read.Task)
            Assert.Fail("Reading under a single-threaded synchronization context deadlocked.");
        await read.Task;
        Assert.Equal(300, rows);
    }

    /// <summary>Runs posted continuations on one thread, as Blazor's renderer does.</summary>
    private sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(SendOrPostCallback, object?)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public void RunUntil(Task task)
        {
            while (!task.IsCompleted)
            {
                if (_queue.TryTake(out var work, 50))
                    work.Item1(work.Item2);
            }
        }
    }
}
