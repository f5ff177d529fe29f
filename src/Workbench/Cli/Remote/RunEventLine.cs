using System.Globalization;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>
/// A run event as one line of CLI output: UTC time, level, asset and partition (when a step's), message. Step
/// messages that start with their asset and partition are not made to say them twice.
/// </summary>
public static class RunEventLine
{
    public static string Format(RunEventMessage message)
    {
        var time = message.At.ToUniversalTime().ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var text = message.Message;
        var where = "";
        if (message.Asset is not null)
        {
            where = message.Partition is null ? message.Asset : $"{message.Asset} {message.Partition}";
            if (text.StartsWith(where + " ", StringComparison.Ordinal))
                text = text[(where.Length + 1)..];
            where += "  ";
        }
        return $"{time} {message.Level,-7} {where}{text}".ReplaceLineEndings(" ");
    }
}
