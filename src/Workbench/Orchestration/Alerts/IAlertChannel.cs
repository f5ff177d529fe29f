namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>One place alerts are delivered to. Implementations throw when delivery fails; the dispatcher contains it.</summary>
public interface IAlertChannel
{
    /// <summary>Names the destination for logs (a URL or a mail server), never a secret.</summary>
    string Destination { get; }

    Task SendAsync(Alert alert, CancellationToken cancellationToken);
}
