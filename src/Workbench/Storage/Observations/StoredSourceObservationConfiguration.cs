using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Observations;

public sealed class StoredSourceObservationConfiguration : IEntityTypeConfiguration<StoredSourceObservation>
{
    public void Configure(EntityTypeBuilder<StoredSourceObservation> builder)
    {
        builder.ToTable("source_observations");
        builder.HasKey(o => o.Id);
        // "The newest observation of a source partition".
        builder.HasIndex(o => new { o.AssetKey, o.Partition, o.ObservedAt }).HasDatabaseName("ix_source_observations_latest");
    }
}
