using System.Text.Json;
using Lineage.Materializers.Raw;
using Xunit;

namespace Lineage.Materializers.Tests.Raw;

/// <summary>
/// Checks a decoded record against what <see cref="JsonDocument"/> sees in the same bytes, field by field, doubles exactly.
/// Absent and null optional members both stand for null.
/// </summary>
internal static class JsonDocumentOracle
{
    public static void AssertSame(JsonElement root, VqeDecoratedResult record)
    {
        Assert.Equal(root.GetProperty("basis_set").GetString(), record.BasisSet);
        Assert.Equal(root.GetProperty("hamiltonian_time").GetDouble(), record.HamiltonianTime);
        Assert.Equal(root.GetProperty("mapping_time").GetDouble(), record.MappingTime);
        Assert.Equal(root.GetProperty("vqe_time").GetDouble(), record.VqeTime);
        Assert.Equal(root.GetProperty("total_time").GetDouble(), record.TotalTime);
        Assert.Equal(root.GetProperty("molecule_id").GetInt32(), record.MoleculeId);
        Assert.Equal(OptionalString(root, "performance_start"), record.PerformanceStart);
        Assert.Equal(OptionalString(root, "performance_end"), record.PerformanceEnd);
        AssertMolecule(root.GetProperty("molecule").GetProperty("molecule_data"), record.Molecule.MoleculeData);
        AssertResult(root.GetProperty("vqe_result"), record.VqeResult);
    }

    private static void AssertMolecule(JsonElement data, MoleculeData molecule)
    {
        Assert.Equal(data.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()!), molecule.Symbols);
        var coords = data.GetProperty("coords").EnumerateArray().ToArray();
        Assert.Equal(coords.Length, molecule.Coords.Count);
        for (var i = 0; i < coords.Length; i++)
            Assert.Equal(Doubles(coords[i]), molecule.Coords[i]);
        Assert.Equal(data.GetProperty("multiplicity").GetInt32(), molecule.Multiplicity);
        Assert.Equal(data.GetProperty("charge").GetInt32(), molecule.Charge);
        Assert.Equal(data.GetProperty("units").GetString(), molecule.Units);
        Assert.Equal(OptionalDoubles(data, "masses"), molecule.Masses);
    }

    private static void AssertResult(JsonElement result, VqeResult vqe)
    {
        AssertInitialData(result.GetProperty("initial_data"), vqe.InitialData);
        var iterations = result.GetProperty("iteration_list").EnumerateArray().ToArray();
        Assert.Equal(iterations.Length, vqe.IterationList.Count);
        for (var i = 0; i < iterations.Length; i++)
        {
            var expected = iterations[i];
            var actual = vqe.IterationList[i];
            Assert.Equal(expected.GetProperty("iteration").GetInt32(), actual.Iteration);
            Assert.Equal(Doubles(expected.GetProperty("parameters")), actual.Parameters);
            Assert.Equal(expected.GetProperty("result").GetDouble(), actual.Result);
            Assert.Equal(expected.GetProperty("std").GetDouble(), actual.Std);
            Assert.Equal(OptionalDouble(expected, "energy_delta"), actual.EnergyDelta);
            Assert.Equal(OptionalDouble(expected, "parameter_delta_norm"), actual.ParameterDeltaNorm);
            Assert.Equal(OptionalDouble(expected, "cumulative_min_energy"), actual.CumulativeMinEnergy);
        }
        Assert.Equal(result.GetProperty("minimum").GetDouble(), vqe.Minimum);
        Assert.Equal(Doubles(result.GetProperty("optimal_parameters")), vqe.OptimalParameters);
        Assert.Equal(OptionalDouble(result, "maxcv"), vqe.Maxcv);
        Assert.Equal(result.GetProperty("minimization_time").GetDouble(), vqe.MinimizationTime);
        Assert.Equal(OptionalDouble(result, "nuclear_repulsion_energy"), vqe.NuclearRepulsionEnergy);
        Assert.Equal(Present(result, "success") is { } s ? s.GetBoolean() : null, vqe.Success);
        Assert.Equal(OptionalInt(result, "nfev"), vqe.Nfev);
        Assert.Equal(OptionalInt(result, "nit"), vqe.Nit);
    }

    private static void AssertInitialData(JsonElement data, VqeInitialData initial)
    {
        Assert.Equal(data.GetProperty("backend").GetString(), initial.Backend);
        Assert.Equal(data.GetProperty("num_qubits").GetInt32(), initial.NumQubits);
        var terms = data.GetProperty("hamiltonian").EnumerateArray().ToArray();
        Assert.Equal(terms.Length, initial.Hamiltonian.Count);
        for (var i = 0; i < terms.Length; i++)
        {
            Assert.Equal(terms[i].GetProperty("label").GetString(), initial.Hamiltonian[i].Label);
            var coefficients = terms[i].GetProperty("coefficients");
            Assert.Equal(coefficients.GetProperty("real").GetDouble(), initial.Hamiltonian[i].Coefficient.Real);
            Assert.Equal(coefficients.GetProperty("imaginary").GetDouble(), initial.Hamiltonian[i].Coefficient.Imaginary);
        }
        Assert.Equal(data.GetProperty("num_parameters").GetInt32(), initial.NumParameters);
        Assert.Equal(Doubles(data.GetProperty("initial_parameters")), initial.InitialParameters);
        Assert.Equal(data.GetProperty("optimizer").GetString(), initial.Optimizer);
        Assert.Equal(data.GetProperty("ansatz").GetString(), initial.Ansatz);
        Assert.Equal(data.GetProperty("noise_backend").GetString(), initial.NoiseBackend);
        Assert.Equal(OptionalInt(data, "default_shots"), initial.DefaultShots);
        Assert.Equal(data.GetProperty("ansatz_reps").GetInt32(), initial.AnsatzReps);
        Assert.Equal(OptionalString(data, "init_strategy"), initial.InitStrategy);
        Assert.Equal(OptionalInt(data, "seed"), initial.Seed);
        Assert.Equal(OptionalString(data, "ansatz_name"), initial.AnsatzName);
    }

    private static JsonElement? Present(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? OptionalString(JsonElement parent, string name) => Present(parent, name)?.GetString();

    private static double? OptionalDouble(JsonElement parent, string name) => Present(parent, name)?.GetDouble();

    private static int? OptionalInt(JsonElement parent, string name) => Present(parent, name)?.GetInt32();

    private static double[]? OptionalDoubles(JsonElement parent, string name) => Present(parent, name) is { } v ? Doubles(v) : null;

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
