namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>
/// Sends an alert on every channel of every route covering its asset group. Delivery failures are logged and contained:
/// an alert never fails the run that raised it.
/// </summary>
public sealed class AlertDispatcher(IReadOnlyList<AlertRoute> routes, ILogger<AlertDispatcher> logger)
{
    public IReadOnlyList<AlertRoute> Routes { get; } = routes;

    /// <summary>The channels an alert for <paramref name="group"/> goes to, each once even when several routes share it.</summary>
    public IReadOnlyList<IAlertChannel> ChannelsFor(string group) =>
        Routes.Where(r => r.Matches(group)).SelectMany(r => r.Channels).Distinct().ToList();

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        var channels = ChannelsFor(alert.Group);
        if (channels.Count == 0)
        {
            AlertLog.Unrouted(logger, alert.Kind, alert.Asset, alert.Group);
            return;
        }
        await Task.WhenAll(channels.Select(channel => SendContainedAsync(channel, alert, cancellationToken)));
    }

    private async Task SendContainedAsync(IAlertChannel channel, Alert alert, CancellationToken cancellationToken)
    {
        try
        {
            await channel.SendAsync(alert, cancellationToken);
            AlertLog.Sent(logger, alert.Kind, alert.Asset, alert.Partition, channel.Destination);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            AlertLog.Canceled(logger, alert.Kind, alert.Asset, alert.Partition, channel.Destination);
        }
        catch (Exception exception)
        {
            AlertLog.Failed(logger, exception, alert.Kind, alert.Asset, alert.Partition, channel.Destination);
        }
    }
}
