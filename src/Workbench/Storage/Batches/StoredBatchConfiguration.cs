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
        // "The unfinished batches of a partition".
        builder.HasIndex(b => new { b.EndedAt, b.Partition }).HasDatabaseName("ix_batches_unfinished");
    }
}
