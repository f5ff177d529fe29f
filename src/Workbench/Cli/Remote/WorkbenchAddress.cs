using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>
/// Which workbench a verb talks to: <c>--server URL</c>, else the <c>LINEAGE_SERVER</c> environment variable, else the
/// first of the configured <c>Urls</c> (where <c>lineage serve</c> listens).
/// </summary>
public static class WorkbenchAddress
{
    public const string EnvironmentVariable = "LINEAGE_SERVER";

    public static Uri Resolve(string? server, IConfiguration configuration) =>
        Resolve(server, Environment.GetEnvironmentVariable(EnvironmentVariable), configuration["Urls"]);

    public static Uri Resolve(string? server, string? environment, string? urls)
    {
        if (!string.IsNullOrWhiteSpace(server))
            return Parse(server, "--server");
        if (!string.IsNullOrWhiteSpace(environment))
            return Parse(environment, EnvironmentVariable);
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            throw new CliUsageException($"Name the workbench: --server URL, the {EnvironmentVariable} environment variable or Urls in appsettings.json.");
        return Parse(ReachableFromHere(first), "Urls (first entry)");
    }

    private static Uri Parse(string text, string source) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CliUsageException($"{source} must be a workbench URL such as http://127.0.0.1:5080, not '{text}'.");

    /// <summary>A listen address on every interface (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) is reached on loopback.</summary>
    private static string ReachableFromHere(string listen)
    {
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            var at = listen.IndexOf(wildcard, StringComparison.Ordinal);
            if (at >= 0)
                return listen[..(at + 3)] + "127.0.0.1" + listen[(at + wildcard.Length)..];
        }
        return listen;
    }
}
