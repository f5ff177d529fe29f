using Lineage.Assets.Specs;

namespace Lineage.Assets.Checks;

/// <summary>
/// Deployment choices about declared checks: whether a check blocks downstream materialization, keyed by
/// <c>asset name/check name</c> (<c>raw_vqe_results/raw_files_valid</c>) or by check name alone for every asset.
/// </summary>
public sealed class CheckOverrides
{
    private readonly IReadOnlyDictionary<string, bool> _blocking;

    public CheckOverrides(IReadOnlyDictionary<string, bool> blocking) => _blocking = blocking;

    public static CheckOverrides None { get; } = new(new Dictionary<string, bool>());

    /// <summary>The specs with each overridden check's blocking flag replaced; an override naming no check throws.</summary>
    /// <exception cref="ArgumentException">An override names a check that no asset declares.</exception>
    public IReadOnlyList<AssetSpec> Apply(IReadOnlyList<AssetSpec> specs)
    {
        var known = specs.SelectMany(s => s.Checks.SelectMany(c => new[] { $"{s.Key.Name}/{c.Name}", c.Name })).ToHashSet(StringComparer.Ordinal);
        if (_blocking.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw new ArgumentException(
                $"check override '{unknown}' names no declared check; use CHECK or ASSET/CHECK, e.g. raw_vqe_results/raw_files_valid");
        return specs.Select(spec => spec with { Checks = spec.Checks.Select(check => Override(spec, check)).ToList() }).ToList();
    }

    private AssetCheckSpec Override(AssetSpec spec, AssetCheckSpec check) =>
        _blocking.TryGetValue($"{spec.Key.Name}/{check.Name}", out var exact) ? check with { Blocking = exact }
        : _blocking.TryGetValue(check.Name, out var byName) ? check with { Blocking = byName }
        : check;
}
