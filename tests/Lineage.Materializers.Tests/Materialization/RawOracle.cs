using System.Text.Json;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// Expected table sizes computed straight from the raw JSON with JsonDocument, independently of the record reader
/// and the transforms: per day, the winning file of each experiment (same molecule, basis set and initial data; the
/// latest landing wins) and what it holds.
/// </summary>
public sealed class RawOracle
{
    private RawOracle(List<JsonElement> winners, int files) => (Winners, Files) = (winners, files);

    public IReadOnlyList<JsonElement> Winners { get; }

    public int Files { get; }

    public int Experiments => Winners.Count;

    public int DistinctIterations => Winners.Sum(w => DistinctSteps(w).Count);

    public int IterationParameters => Winners.Sum(w => FirstOccurrences(w).Sum(i => i.GetProperty("parameters").GetArrayLength()));

    public int InitialParameters => Winners.Sum(w => InitialData(w).GetProperty("initial_parameters").GetArrayLength());

    public int OptimalParameters => Winners.Sum(w => w.GetProperty("vqe_result").GetProperty("optimal_parameters").GetArrayLength());

    public int HamiltonianTerms => Winners.Sum(w => InitialData(w).GetProperty("hamiltonian").GetArrayLength());

    public int ExperimentsWithIterations => Winners.Count(w => Iterations(w).Any());

    /// <summary>The lowest iteration energy of each experiment with iterations, sorted.</summary>
    public IReadOnlyList<double> MinimumEnergies =>
        Winners.Where(w => Iterations(w).Any()).Select(w => Iterations(w).Min(i => i.GetProperty("result").GetDouble())).Order().ToList();

    public static RawOracle For(string topicFolder, DateOnly day)
    {
        var files = Directory.GetFiles(topicFolder, "*.json")
            .Select(path => (Path: path, Name: RawFileName.Parse(Path.GetFileName(path))))
            .Where(f => f.Name.LandedOn == day)
            .ToList();
        var winners = new Dictionary<string, (long Nanos, JsonElement Root)>();
        foreach (var (path, name) in files)
        {
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
                _ = InitialData(root);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                continue;
            }
            var identity = root.GetProperty("molecule").GetProperty("molecule_data").GetRawText()
                + root.GetProperty("basis_set").GetRawText() + InitialData(root).GetRawText();
            if (!winners.TryGetValue(identity, out var current) || name.UnixNanos > current.Nanos)
                winners[identity] = (name.UnixNanos, root);
        }
        return new RawOracle(winners.Values.Select(w => w.Root).ToList(), files.Count);
    }

    private static JsonElement InitialData(JsonElement root) => root.GetProperty("vqe_result").GetProperty("initial_data");

    private static IEnumerable<JsonElement> Iterations(JsonElement root) => root.GetProperty("vqe_result").GetProperty("iteration_list").EnumerateArray();

    private static HashSet<int> DistinctSteps(JsonElement root) => Iterations(root).Select(i => i.GetProperty("iteration").GetInt32()).ToHashSet();

    private static IEnumerable<JsonElement> FirstOccurrences(JsonElement root)
    {
        var seen = new HashSet<int>();
        return Iterations(root).Where(i => seen.Add(i.GetProperty("iteration").GetInt32()));
    }
}
