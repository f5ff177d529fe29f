using Lineage.Workbench.Storage.Batches;
using Lineage.Workbench.Storage.Checks;
using Lineage.Workbench.Storage.Conventions;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Storage;

/// <summary>
/// The catalog database: one entity type per table, each configured by its own <see cref="IEntityTypeConfiguration{T}"/>
/// next to it. Each engine has a subclass, so that each keeps its own migrations.
/// </summary>
public abstract class CatalogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredMaterialization> Materializations => Set<StoredMaterialization>();

    public DbSet<StoredCheckResult> CheckResults => Set<StoredCheckResult>();

    public DbSet<StoredSourceObservation> SourceObservations => Set<StoredSourceObservation>();

    public DbSet<StoredRun> Runs => Set<StoredRun>();

    public DbSet<StoredRunStep> RunSteps => Set<StoredRunStep>();

    public DbSet<StoredRunEvent> RunEvents => Set<StoredRunEvent>();

    public DbSet<StoredStepLock> StepLocks => Set<StoredStepLock>();

    public DbSet<StoredBackfill> Backfills => Set<StoredBackfill>();

    public DbSet<StoredBatch> Batches => Set<StoredBatch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder.Model);
    }
}
