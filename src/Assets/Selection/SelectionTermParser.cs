using Lineage.Assets.Keys;

namespace Lineage.Assets.Selection;

/// <summary>Turns one trimmed term of a selection's text into a <see cref="SelectionTerm"/>.</summary>
internal static class SelectionTermParser
{
    private const string Grammar =
        "Use '*', 'group:NAME', 'kind:NAME' or an asset name or key with optional '+' before (upstream) and/or after (downstream).";

    public static SelectionTerm Parse(string term, string selection)
    {
        if (term.Length == 0)
            throw new AssetSelectionException($"Selection '{selection}' has an empty term. {Grammar}");
        if (term == AllAssetsTerm.Symbol)
            return new AllAssetsTerm();

        var colon = term.IndexOf(':');
        return colon >= 0
            ? ParsePrefixed(term[..colon].Trim(), term[(colon + 1)..].Trim(), term, selection)
            : ParseName(term, selection);
    }

    private static SelectionTerm ParsePrefixed(string prefix, string value, string term, string selection)
    {
        if (value.Length == 0)
            throw new AssetSelectionException($"Term '{term}' in selection '{selection}' has no value after ':'. {Grammar}");
        return prefix switch
        {
            GroupTerm.Prefix => new GroupTerm(value),
            KindTerm.Prefix => new KindTerm(value),
            _ => throw new AssetSelectionException(
                $"Unknown prefix '{prefix}:' in term '{term}' of selection '{selection}'. " +
                $"Known prefixes: {GroupTerm.Prefix}:, {KindTerm.Prefix}:."),
        };
    }

    private static AssetNameTerm ParseName(string term, string selection)
    {
        var withUpstream = term.StartsWith(AssetNameTerm.Expand);
        var withDownstream = term.Length > 1 && term.EndsWith(AssetNameTerm.Expand);
        var name = term[(withUpstream ? 1 : 0)..(withDownstream ? ^1 : ^0)].Trim();
        try
        {
            _ = new AssetKey(name);
        }
        catch (ArgumentException)
        {
            throw new AssetSelectionException(
                $"Term '{term}' in selection '{selection}' is not a valid asset name or key. {Grammar}");
        }
        return new AssetNameTerm(name, withUpstream, withDownstream);
    }
}
