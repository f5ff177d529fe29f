using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Batches;

public sealed class StoredBatchConfiguration : IEntityTypeConfiguration<StoredBatch>
{
    public void Configure(EntityTypeBuilder<StoredBatch> builder)
    {
        builder.ToTable("batches");
        builder.HasKey(b => new { b.BatchId, b.Group });
        builder.Property(b => b.Group).HasColumnName("commit_group").HasMaxLength(64);
        builder.Property(b => b.Outcome).HasConversion<string>().HasMaxLength(16);
        // One unfinished batch per commit group of a partition: a second materialization waits for the first to end.
        builder.HasIndex(b => new { b.Partition, b.Group }).IsUnique().HasFilter("\"ended_at\" IS NULL").HasDatabaseName("ix_batches_unfinished");
    }
}
