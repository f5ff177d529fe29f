using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Runs;

public sealed class StoredRunEventConfiguration : IEntityTypeConfiguration<StoredRunEvent>
{
    public void Configure(EntityTypeBuilder<StoredRunEvent> builder)
    {
        builder.ToTable("run_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => new { e.RunId, e.Id }).HasDatabaseName("ix_run_events_run");
        builder.HasOne<StoredRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
