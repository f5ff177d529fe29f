using System.Globalization;
using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Absolute links into the workbench UI, under the configured public URL.</summary>
public sealed class AlertLinks(string publicUrl)
{
    public string PublicUrl { get; } = publicUrl.TrimEnd('/');

    public string Run(long runId) => $"{PublicUrl}/runs/{runId.ToString(CultureInfo.InvariantCulture)}";

    public string Asset(AssetKey asset) =>
        $"{PublicUrl}/assets/{string.Join('/', asset.Value.Split('/').Select(Uri.EscapeDataString))}";
}
