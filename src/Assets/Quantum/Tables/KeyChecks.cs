using Lineage.Assets.Checks;
using Lineage.Assets.Keys;

namespace Lineage.Assets.Quantum.Tables;

/// <summary>The two checks every quantum table declares on its key: present and unique. Both block downstream.</summary>
internal static class KeyChecks
{
    public static IReadOnlyList<AssetCheckSpec> For(AssetKey asset, IReadOnlyList<string> keyColumns, string duplicatesNote)
    {
        var key = string.Join(", ", keyColumns);
        return
        [
            new AssetCheckSpec(
                "keys_not_null",
                asset,
                $"No row of the partition has a null in its key ({key}).",
                AssetCheckSeverity.Error,
                Blocking: true),
            new AssetCheckSpec(
                "keys_unique",
                asset,
                $"No two rows of the partition share the key ({key}). {duplicatesNote}",
                AssetCheckSeverity.Error,
                Blocking: true),
        ];
    }
}
