namespace Lineage.Workbench.Orchestration.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Alert {Kind} for {Asset} {Partition} sent to {Destination}")]
    public static partial void Sent(ILogger logger, AlertKind kind, string asset, string? partition, string destination);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Alert {Kind} for {Asset} {Partition} could not be sent to {Destination}")]
    public static partial void Failed(ILogger logger, Exception exception, AlertKind kind, string asset, string? partition, string destination);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Alert {Kind} for {Asset} {Partition} not sent to {Destination}: canceled")]
    public static partial void Canceled(ILogger logger, AlertKind kind, string asset, string? partition, string destination);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Alert {Kind} for {Asset} in group {Group} matches no route")]
    public static partial void Unrouted(ILogger logger, AlertKind kind, string asset, string group);
}
