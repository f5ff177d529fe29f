using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Tests.Storage;

/// <summary>
/// The catalog-database commit lock, on SQLite and on the PostgreSQL cluster ./test.sh starts. Separate lock objects
/// stand for separate processes sharing the database.
/// </summary>
public sealed class DatabaseCommitLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Databases() => new() { "sqlite", "postgres" };

    private string ConnectionString(string database) => database == "sqlite"
        ? $"Data Source={Path.Combine(_folder, "catalog.db")}"
        : Environment.GetEnvironmentVariable("LINEAGE_TEST_POSTGRES") is { Length: > 0 } postgres
            ? postgres
            : throw new InvalidOperationException("LINEAGE_TEST_POSTGRES is not set: run ./test.sh, which starts a PostgreSQL cluster for the tests.");

    private DatabaseCommitLock Lock(string database, TimeSpan? lease = null) => new(ConnectionString(database), TimeProvider.System, lease);

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_held_lock_keeps_a_second_process_out_until_it_is_released(string database)
    {
        var key = $"table-{Guid.NewGuid():N}";
        var first = Lock(database);
        var second = Lock(database);

        var held = await first.AcquireAsync(key, TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<CommitLockTimeoutException>(() => second.AcquireAsync(key, TimeSpan.FromMilliseconds(300)));
        await held.DisposeAsync();
        await using var taken = await second.AcquireAsync(key, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_lease_left_by_a_dead_holder_is_taken_over_when_it_expires(string database)
    {
        var key = $"table-{Guid.NewGuid():N}";
        _ = await Lock(database, TimeSpan.FromMilliseconds(300)).AcquireAsync(key, TimeSpan.FromSeconds(5));

        await using var taken = await Lock(database).AcquireAsync(key, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Holders_never_overlap(string database)
    {
        var key = $"table-{Guid.NewGuid():N}";
        var inside = 0;
        var overlaps = 0;
        var entries = 0;
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var locks = Lock(database);
            for (var i = 0; i < 5; i++)
            {
                await using var held = await locks.AcquireAsync(key, TimeSpan.FromSeconds(30));
                if (Interlocked.Increment(ref inside) > 1)
                    Interlocked.Increment(ref overlaps);
                await Task.Delay(5);
                Interlocked.Increment(ref entries);
                Interlocked.Decrement(ref inside);
            }
        })));

        Assert.Equal(0, overlaps);
        Assert.Equal(30, entries);
    }

    [Fact]
    public async Task Create_if_absent_on_S3_without_conditional_puts_has_exactly_one_winner_under_the_database_lock()
    {
        var endpoint = Environment.GetEnvironmentVariable("LINEAGE_TEST_S3_ENDPOINT") is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException("LINEAGE_TEST_S3_ENDPOINT is not set: run ./test.sh, which starts the local S3 server.");
        var settings = new S3Settings
        {
            ServiceUrl = endpoint,
            ForcePathStyle = true,
            AccessKey = "S3RVER",
            SecretKey = "S3RVER",
            ConditionalPuts = ConditionalPuts.Off,
        };
        var location = $"s3://lineage-test/locks/{Guid.NewGuid():N}/v2.metadata.json";

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            using var io = new S3FileIO(settings, Lock("sqlite"));
            return await io.TryCreateNewAsync(location, new byte[] { (byte)i });
        })));

        Assert.Equal(1, results.Count(won => won));
    }
}
