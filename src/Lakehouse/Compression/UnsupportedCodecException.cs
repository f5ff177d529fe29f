namespace Lineage.Lakehouse.Compression;

/// <summary>A compression codec this process cannot use.</summary>
public sealed class UnsupportedCodecException(CompressionKind kind, string reason)
    : Exception($"The {kind} codec is not available: {reason}")
{
    public CompressionKind Kind { get; } = kind;

    public string Reason { get; } = reason;
}
