using System.Net;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>The workbench refused a request; the message is its explanation (the problem's <c>detail</c>).</summary>
public sealed class WorkbenchApiException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}
