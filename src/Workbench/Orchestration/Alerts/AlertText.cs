using System.Globalization;
using System.Text;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>The human-readable forms of an alert: a one-line summary, a mail subject and a plain-text mail body.</summary>
public static class AlertText
{
    private const string MailLineEnd = "\r\n";

    /// <summary><c>step failed</c> or <c>freshness overdue</c>.</summary>
    public static string Headline(AlertKind kind) => kind switch
    {
        AlertKind.StepFailed => "step failed",
        AlertKind.FreshnessOverdue => "freshness overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert kind."),
    };

    /// <summary><c>[lineage] step failed: quantum_features/vqe_results 2026-11-20</c>.</summary>
    public static string Subject(Alert alert) => $"[lineage] {Headline(alert.Kind)}: {Target(alert)}";

    /// <summary>One line for chat hooks: headline, asset, partition, run, the message's first line and the link.</summary>
    public static string Summary(Alert alert)
    {
        var text = new StringBuilder($"{Headline(alert.Kind)}: {Target(alert)}");
        if (alert.RunId is { } runId)
            text.Append(CultureInfo.InvariantCulture, $" (run {runId})");
        var firstLine = FirstLine(alert.Message);
        if (firstLine.Length > 0)
            text.Append(" — ").Append(firstLine);
        if (alert.Link is not null)
            text.Append(' ').Append(alert.Link);
        return text.ToString();
    }

    /// <summary>The mail body: one <c>Name: value</c> line per fact, then the full message; CRLF line ends, as mail wants.</summary>
    public static string Body(Alert alert)
    {
        var lines = new List<string>
        {
            $"Asset: {alert.Asset}",
            $"Group: {alert.Group}",
            $"Partition: {alert.Partition ?? "(unpartitioned)"}",
        };
        if (alert.RunId is { } runId)
            lines.Add($"Run: {runId.ToString(CultureInfo.InvariantCulture)}");
        lines.Add($"At: {alert.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}");
        if (alert.Link is not null)
            lines.Add($"Link: {alert.Link}");
        lines.Add("");
        lines.Add(alert.Kind == AlertKind.StepFailed ? "Error:" : "Details:");
        lines.Add(alert.Message.ReplaceLineEndings(MailLineEnd));
        return string.Join(MailLineEnd, lines) + MailLineEnd;
    }

    private static string Target(Alert alert) => alert.Partition is null ? alert.Asset : $"{alert.Asset} {alert.Partition}";

    private static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end].TrimEnd();
    }
}
