namespace Lineage.Assets.Graph;

/// <summary>
/// A name or key that does not identify exactly one asset: unknown, or a short name shared by several assets.
/// <see cref="Suggestions"/> lists the keys or names the user probably meant.
/// </summary>
public sealed class UnknownAssetException : KeyNotFoundException
{
    private UnknownAssetException(string requested, IReadOnlyList<string> suggestions, string message)
        : base(message)
    {
        Requested = requested;
        Suggestions = suggestions;
    }

    public string Requested { get; }

    public IReadOnlyList<string> Suggestions { get; }

    internal static UnknownAssetException NotFound(string requested, IReadOnlyList<string> closeMatches) =>
        new(requested, closeMatches, closeMatches.Count > 0
            ? $"Unknown asset '{requested}'. Did you mean: {string.Join(", ", closeMatches)}?"
            : $"Unknown asset '{requested}'. Use an asset's full key (e.g. 'group/name') or its unique short name.");

    internal static UnknownAssetException Ambiguous(string name, IReadOnlyList<string> keys) =>
        new(name, keys,
            $"Asset name '{name}' is ambiguous: it matches {string.Join(", ", keys)}. Use the full key instead.");
}
