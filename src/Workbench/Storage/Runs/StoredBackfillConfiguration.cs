using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Runs;

public sealed class StoredBackfillConfiguration : IEntityTypeConfiguration<StoredBackfill>
{
    public void Configure(EntityTypeBuilder<StoredBackfill> builder)
    {
        builder.ToTable("backfills");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
    }
}
