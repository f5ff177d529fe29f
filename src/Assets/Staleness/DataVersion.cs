namespace Lineage.Assets.Staleness;

/// <summary>An opaque fingerprint of one asset partition's data; equal versions mean equal data.</summary>
public sealed record DataVersion
{
    public DataVersion(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("A data version must be a non-empty string.", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
