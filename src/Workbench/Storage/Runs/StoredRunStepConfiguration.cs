using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Runs;

public sealed class StoredRunStepConfiguration : IEntityTypeConfiguration<StoredRunStep>
{
    public void Configure(EntityTypeBuilder<StoredRunStep> builder)
    {
        builder.ToTable("run_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => new { s.RunId, s.Unit }).HasDatabaseName("ix_run_steps_unit");
        builder.HasIndex(s => new { s.Status, s.AssetKey }).HasDatabaseName("ix_run_steps_status");
        builder.HasOne<StoredRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
