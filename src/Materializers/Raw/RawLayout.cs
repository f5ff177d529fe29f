namespace Lineage.Materializers.Raw;

/// <summary>Where raw VQE files live under a raw root.</summary>
public static class RawLayout
{
    /// <summary>The folder (the producer's topic name) holding one JSON file per run.</summary>
    public const string TopicFolder = "experiment.vqe";

    public static string TopicPath(string rawRoot) => Path.Combine(rawRoot, TopicFolder);
}
