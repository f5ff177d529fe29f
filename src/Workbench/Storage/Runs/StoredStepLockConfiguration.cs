using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lineage.Workbench.Storage.Runs;

public sealed class StoredStepLockConfiguration : IEntityTypeConfiguration<StoredStepLock>
{
    public void Configure(EntityTypeBuilder<StoredStepLock> builder)
    {
        builder.ToTable("step_locks");
        builder.HasKey(l => new { l.AssetKey, l.Partition });
    }
}
