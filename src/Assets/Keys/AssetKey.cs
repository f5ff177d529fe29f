using System.Text.RegularExpressions;

namespace Lineage.Assets.Keys;

/// <summary>
/// Identifies an asset by a slash-separated path, e.g. <c>quantum_features/vqe_results</c>.
/// The last segment is the asset's short name used in selections.
/// </summary>
public sealed partial record AssetKey : IComparable<AssetKey>
{
    public AssetKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ValidKey().IsMatch(value))
            throw new ArgumentException(
                $"Invalid asset key '{value}': use segments of letters, digits and '_' separated by '/'.", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public IReadOnlyList<string> Path => Value.Split('/');

    public string Name => Value[(Value.LastIndexOf('/') + 1)..];

    public static AssetKey Of(params string[] segments) => new(string.Join('/', segments));

    public int CompareTo(AssetKey? other) => string.CompareOrdinal(Value, other?.Value);

    public override string ToString() => Value;

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex(@"^[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*\z")]
    private static partial Regex ValidKey();
}
