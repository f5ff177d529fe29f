using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Runs;

public sealed class StoredRunConfiguration : IEntityTypeConfiguration<StoredRun>
{
    public void Configure(EntityTypeBuilder<StoredRun> builder)
    {
        builder.ToTable("runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.Status, r.CreatedAt }).HasDatabaseName("ix_runs_status");
        builder.HasIndex(r => r.BackfillId).HasDatabaseName("ix_runs_backfill");
    }
}
