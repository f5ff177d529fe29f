using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Lineage.Workbench.Hubs;

/// <summary>
/// Tails <c>run_events</c> and sends each new event to its run's group and to <see cref="RunsHub.AllGroup"/>, and to
/// the pages of this host through <see cref="RunEventBroadcast"/>. Any
/// process sharing the catalog may write events, so the table, not this process, is the source.
/// </summary>
public sealed class RunEventRelay(
    RunEventReader events,
    IHubContext<RunsHub> hub,
    RunEventWatermark watermark,
    RunEventBroadcast broadcast,
    IOptions<RunEventsOptions> options,
    TimeProvider time,
    ILogger<RunEventRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var cursor = new EventCursor(await FindEndAsync(settings, stoppingToken), settings.GapGrace);
        watermark.Advance(cursor.Position);
        using var timer = new PeriodicTimer(settings.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await RelayBatchAsync(cursor, settings.BatchSize, stoppingToken))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not relay run events after id {Position}; trying again.", cursor.Position);
            }
        }
    }

    // Live events are the ones written from now on; followers get older ones from their backlog.
    private async Task<long> FindEndAsync(RunEventsOptions settings, CancellationToken stoppingToken)
    {
        var retry = settings.PollInterval > TimeSpan.FromSeconds(1) ? settings.PollInterval : TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                return await events.LastIdAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the last run event id; live run events start when the catalog answers.");
                await Task.Delay(retry, time, stoppingToken);
            }
        }
    }

    /// <returns>Whether a full batch went out, so more may be waiting.</returns>
    private async Task<bool> RelayBatchAsync(EventCursor cursor, int batchSize, CancellationToken stoppingToken)
    {
        var batch = await events.ReadAfterAsync(cursor.Position, batchSize, stoppingToken);
        var previous = cursor.Position;
        var released = cursor.Advance(batch.Select(e => e.Id).ToArray(), time.GetUtcNow());
        foreach (var stored in batch.Take(released))
        {
            if (stored.Id != previous + 1)
                logger.LogDebug("Run event ids {From}..{To} never became visible; skipped them.", previous + 1, stored.Id - 1);
            var message = RunEventMessage.From(stored);
            await hub.Clients.Groups([RunsHub.GroupOf(stored.RunId), RunsHub.AllGroup]).SendAsync(RunsHub.EventMethod, message, stoppingToken);
            await broadcast.PublishAsync(message);
            watermark.Advance(stored.Id);
            previous = stored.Id;
        }
        watermark.Advance(cursor.Position);
        return batch.Count == batchSize && released == batch.Count;
    }
}
