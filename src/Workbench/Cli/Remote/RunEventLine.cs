using System.Globalization;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>A run event as one line of CLI output: UTC time, level, asset and partition (when a step's), message.</summary>
public static class RunEventLine
{
    public static string Format(RunEventMessage message)
    {
        var time = message.At.ToUniversalTime().ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var where = message.Asset is null ? "" : $"{message.Asset} {message.Partition}  ";
        return $"{time} {message.Level,-7} {where}{message.Message}".ReplaceLineEndings(" ");
    }
}
