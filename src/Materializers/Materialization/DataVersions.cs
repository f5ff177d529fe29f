using System.Security.Cryptography;
using System.Text;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Data versions of materialized partitions: derived from the asset, its code version and the data versions of its
/// upstream partitions, so that re-materializing unchanged inputs with unchanged code gives the same version.
/// </summary>
public static class DataVersions
{
    public static string Derive(AssetKey asset, string? codeVersion, IReadOnlyDictionary<string, string> upstream)
    {
        var text = new StringBuilder().Append(asset.Value).Append('\n').Append(codeVersion ?? "").Append('\n');
        foreach (var (key, version) in upstream.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(key).Append('=').Append(version).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
