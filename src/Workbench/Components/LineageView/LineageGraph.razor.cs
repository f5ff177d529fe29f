using System.Globalization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Graph;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Lineage.Workbench.Components.LineageView;

public sealed partial class LineageGraph : IAsyncDisposable
{
    private Dictionary<string, AssetSummary> _assets = [];
    private ElementReference _svg;
    private IJSObjectReference? _panZoom;
    private bool _interactive;
    private string? _hovered;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public GraphLayout Layout { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<AssetSummary> Summaries { get; set; } = [];

    /// <summary>For each asset key, its transitive upstream and downstream keys (hover highlighting).</summary>
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, IReadOnlySet<string>> Related { get; set; } = default!;

    [Parameter] public string? SelectedAsset { get; set; }

    /// <summary>Assets that hold a column of the selected column's lineage.</summary>
    [Parameter] public IReadOnlySet<string> LineageAssets { get; set; } = new HashSet<string>();

    /// <summary>Each asset's status, partition bar and checks (nothing drawn for an asset it lacks).</summary>
    [Parameter] public GraphStatus Statuses { get; set; } = GraphStatus.Empty;

    /// <summary>The assets a selection picked; every other node and edge is dimmed. Null: no selection.</summary>
    [Parameter] public IReadOnlySet<string>? Selection { get; set; }

    [Parameter] public EventCallback<string> SelectedAssetChanged { get; set; }

    protected override void OnParametersSet() => _assets = Summaries.ToDictionary(a => a.Key);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _panZoom = await JS.InvokeAsync<IJSObjectReference>("import", "./js/panzoom.js");
        await _panZoom.InvokeVoidAsync("attach", _svg);
        _interactive = true;
        StateHasChanged();
    }

    private Task SelectAsync(string key) => SelectedAssetChanged.InvokeAsync(key);

    private void Hover(string? key) => _hovered = key;

    private async Task ZoomAsync(double factor)
    {
        if (_panZoom is not null)
            await _panZoom.InvokeVoidAsync("zoom", _svg, factor);
    }

    private async Task FitAsync()
    {
        if (_panZoom is not null)
            await _panZoom.InvokeVoidAsync("reset", _svg);
    }

    private string NodeClass(string key)
    {
        var classes = new List<string>(4);
        if (key == SelectedAsset) classes.Add("is-selected");
        if (Selection is not null && !Selection.Contains(key)) classes.Add("is-unselected");
        if (LineageAssets.Contains(key)) classes.Add("is-lineage");
        if (_hovered is not null)
            classes.Add(key == _hovered || Related[_hovered].Contains(key) ? "is-related" : "is-dimmed");
        return string.Join(' ', classes);
    }

    private string EdgeClass(EdgeRoute edge)
    {
        var outside = Selection is not null && !(Selection.Contains(edge.From) && Selection.Contains(edge.To));
        var highlight = HighlightClass(edge);
        return outside ? (highlight.Length == 0 ? "is-unselected" : highlight + " is-unselected") : highlight;
    }

    private string HighlightClass(EdgeRoute edge)
    {
        if (LineageAssets.Contains(edge.From) && LineageAssets.Contains(edge.To))
            return "is-lineage";
        if (_hovered is null)
            return "";
        var related = Related[_hovered];
        bool InChain(string key) => key == _hovered || related.Contains(key);
        return InChain(edge.From) && InChain(edge.To) ? "is-related" : "is-dimmed";
    }

    private static string Meta(AssetSummary asset) =>
        $"{(asset.IsSource ? "source" : asset.Kinds.FirstOrDefault() ?? asset.Group)} · {asset.ColumnCount} {(asset.IsSource ? "fields" : "columns")} · {asset.CheckCount} {(asset.CheckCount == 1 ? "check" : "checks")}";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_panZoom is null)
            return;
        try
        {
            await _panZoom.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser released the module with the page.
        }
    }
}
