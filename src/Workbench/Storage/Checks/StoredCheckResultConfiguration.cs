using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Checks;

public sealed class StoredCheckResultConfiguration : IEntityTypeConfiguration<StoredCheckResult>
{
    public void Configure(EntityTypeBuilder<StoredCheckResult> builder)
    {
        builder.ToTable("check_results");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Severity).HasConversion<string>().HasMaxLength(16);
        // "The newest result of each (asset, check, partition)".
        builder.HasIndex(c => new { c.AssetKey, c.CheckName, c.Partition, c.EvaluatedAt }).HasDatabaseName("ix_check_results_latest");
        builder.HasIndex(c => c.MaterializationBatchId).HasDatabaseName("ix_check_results_batch");
    }
}
