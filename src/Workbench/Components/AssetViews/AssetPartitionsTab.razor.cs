using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Selection;
using Lineage.Workbench.Auth;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Launches;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lineage.Workbench.Components.AssetViews;

/// <summary>
/// The daily partitions of an asset over a date range, coloured by health and kept live while runs progress; a
/// selected date or range can be materialized after a confirmation that lists the planned steps.
/// </summary>
public sealed partial class AssetPartitionsTab : IDisposable
{
    private const int DefaultDays = 30;
    private static readonly TimeSpan ReloadInterval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _closing = new();
    private IReadOnlyList<AssetPartitionHealth> _cells = [];
    private DateOnly _from;
    private DateOnly _to;
    private DateOnly? _selectedFrom;
    private DateOnly? _selectedTo;
    private AssetLaunchPlan? _plan;
    private AssetLaunchOutcome? _outcome;
    private string? _error;
    private IDisposable? _subscription;
    private int _reloadPending;
    private DateTime _lastReload;

    [Inject] private PartitionStatusService Status { get; set; } = default!;
    [Inject] private CatalogDbContextFactory Contexts { get; set; } = default!;
    [Inject] private RunPlanner Planner { get; set; } = default!;
    [Inject] private RunLauncher Launcher { get; set; } = default!;
    [Inject] private BackfillService Backfills { get; set; } = default!;
    [Inject] private RunEventBroadcast Broadcast { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>The asset key.</summary>
    [Parameter, EditorRequired] public string Asset { get; set; } = "";

    private AssetKey AssetKey => new(Asset);

    private AssetLaunchPlanner Launches => new(Planner, Launcher, Backfills);

    protected override async Task OnInitializedAsync()
    {
        var newest = await new AssetHistory(Contexts).NewestPartitionAsync(AssetKey, _closing.Token);
        _to = newest is not null && DailyPartitions.TryParseKey(newest, out var date)
            ? date
            : DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _from = _to.AddDays(1 - DefaultDays);
        await LoadAsync();
        _subscription = Broadcast.Subscribe(OnRunEventAsync);
    }

    private async Task LoadAsync()
    {
        _lastReload = DateTime.UtcNow;
        try
        {
            var range = PartitionDateRange.Between(_from, _to);
            _cells = await Status.GetAsync([AssetKey], range.Keys, _closing.Token);
            _error = null;
        }
        catch (PartitionRangeException e)
        {
            _error = e.Message;
        }
    }

    private async Task ChangeRangeAsync(ChangeEventArgs e, bool isFrom)
    {
        if (!DateOnly.TryParse(e.Value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var date))
            return;
        if (isFrom)
            _from = date;
        else
            _to = date;
        await LoadAsync();
    }

    private void Select((DateOnly From, DateOnly To) range)
    {
        (_selectedFrom, _selectedTo) = range;
        _plan = null;
        StateHasChanged();
    }

    private IReadOnlyList<DateOnly> SelectedDates =>
        _selectedFrom is { } from && _selectedTo is { } to
            ? Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList()
            : [];

    private async Task PlanAsync(AssetLaunchKind kind)
    {
        _outcome = null;
        try
        {
            _plan = await Launches.PlanAsync(AssetKey, kind, SelectedDates, _closing.Token);
            _error = null;
        }
        catch (AssetSelectionException e)
        {
            _error = e.Message;
        }
        catch (PartitionRangeException e)
        {
            _error = e.Message;
        }
    }

    private async Task LaunchAsync()
    {
        if (_plan is not { } plan)
            return;
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!(await Authorization.AuthorizeAsync(user, OperatorPolicy.Name)).Succeeded)
        {
            _error = "Sign in as an operator to materialize partitions.";
            _plan = null;
            return;
        }
        try
        {
            _outcome = await Launches.LaunchAsync(plan, user.Identity?.Name, _closing.Token);
            _error = null;
        }
        catch (AssetSelectionException e)
        {
            _error = e.Message;
        }
        catch (PartitionRangeException e)
        {
            _error = e.Message;
        }
        _plan = null;
        await LoadAsync();
    }

    private Task OnRunEventAsync(RunEventMessage message)
    {
        if (message.Kind == "log" || Interlocked.Exchange(ref _reloadPending, 1) == 1)
            return Task.CompletedTask;
        _ = ReloadSoonAsync();
        return Task.CompletedTask;
    }

    /// <summary>At most one reload per <see cref="ReloadInterval"/>; events arriving meanwhile are covered by it.</summary>
    private async Task ReloadSoonAsync()
    {
        try
        {
            var wait = _lastReload + ReloadInterval - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _closing.Token);
            Volatile.Write(ref _reloadPending, 0);
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away while the reload waited.
        }
    }

    private static string Key(DateOnly date) => DailyPartitions.FormatKey(date);

    public void Dispose()
    {
        _subscription?.Dispose();
        _closing.Cancel();
        _closing.Dispose();
    }
}
