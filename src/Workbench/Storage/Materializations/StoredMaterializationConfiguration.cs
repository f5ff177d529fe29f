using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Materializations;

public sealed class StoredMaterializationConfiguration : IEntityTypeConfiguration<StoredMaterialization>
{
    public void Configure(EntityTypeBuilder<StoredMaterialization> builder)
    {
        builder.ToTable("materializations");
        builder.HasKey(m => m.Id);
        // Ticks keep the exact span on both engines (PostgreSQL's interval stops at microseconds).
        builder.Property(m => m.Duration).HasConversion<long>().HasColumnName("duration_ticks");
        // "The latest materialization of an asset partition": the last one committed.
        builder.HasIndex(m => new { m.AssetKey, m.Partition, m.SequenceNumber }).HasDatabaseName("ix_materializations_latest");
        builder.HasIndex(m => m.BatchId).HasDatabaseName("ix_materializations_batch");
    }
}
