using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Storage;

/// <summary>The catalog's migrations on SQLite and PostgreSQL: complete, in step with the model, safe to apply twice.</summary>
public sealed class CatalogMigrationTests
{
    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Migrating_an_empty_database_applies_every_migration_and_creates_empty_tables(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var factory = database.NewFactory();

        await factory.MigrateAsync(CancellationToken.None);

        await using var db = factory.CreateDbContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Materializations.CountAsync());
        Assert.Equal(0, await db.CheckResults.CountAsync());
        Assert.Equal(0, await db.SourceObservations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Migrating_again_from_another_process_keeps_the_data_and_applies_nothing_new(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var first = database.NewFactory();
        await new CatalogMaterializationLog(first).RecordObservationAsync(
            new SourceObservationRecord(AssetKey.Of("raw_vqe_results"), "2026-11-20", "v1", 3, 300, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await using var before = first.CreateDbContext();
        var applied = await before.Database.GetAppliedMigrationsAsync();

        var second = database.NewFactory();
        await second.MigrateAsync(CancellationToken.None);
        await second.MigrateAsync(CancellationToken.None);

        await using var after = second.CreateDbContext();
        Assert.Equal(applied, await after.Database.GetAppliedMigrationsAsync());
        Assert.Equal(1, await after.SourceObservations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_migrations_describe_the_current_model(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);

        await using var db = database.NewFactory().CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {engine} model changed without a migration: add one for each engine.");
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_reported_by_host_and_database_without_the_password()
    {
        var factory = new CatalogDbContextFactory(new CatalogConnection("Host=127.0.0.1;Port=1;Database=catalog;Username=lineage;Password=s3cret;Timeout=2"));

        var error = await Assert.ThrowsAsync<CatalogDatabaseUnavailableException>(() => factory.OpenAsync(CancellationToken.None));

        Assert.Contains("PostgreSQL database catalog on 127.0.0.1:1", error.Message);
        Assert.Contains("ConnectionStrings:Catalog", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_opened_is_reported_by_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("lineage-catalog-").FullName;
        try
        {
            // A folder where the database file should be.
            var factory = new CatalogDbContextFactory(new CatalogConnection($"Data Source={folder}"));

            var error = await Assert.ThrowsAsync<CatalogDatabaseUnavailableException>(() => factory.MigrateAsync(CancellationToken.None));

            Assert.Contains($"SQLite file {folder}", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_web_host_migrates_the_catalog_when_it_starts()
    {
        using var app = new WorkbenchAppFactory();
        using var client = app.CreateClient();

        await using var db = new CatalogDbContextFactory(new CatalogConnection(app.CatalogConnectionString)).CreateDbContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
