using System.Text.Json;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Generation;

public class GeneratedRecordInvariantsTests
{
    private static readonly IReadOnlyList<VqeDecoratedResult> Records =
        new SyntheticVqeGenerator(new GeneratorOptions { Count = 300, Days = 5, Start = new DateOnly(2026, 11, 18), Seed = 7 })
            .Generate().Select(r => r.Record).ToList();

    [Fact]
    public void Parameter_lists_have_num_parameters_values()
    {
        Assert.All(Records, record =>
        {
            var result = record.VqeResult;
            var expected = result.InitialData.NumParameters;
            Assert.Equal(expected, result.InitialData.InitialParameters.Count);
            Assert.Equal(expected, result.OptimalParameters.Count);
            Assert.All(result.IterationList, i => Assert.Equal(expected, i.Parameters.Count));
        });
    }

    [Fact]
    public void Num_parameters_follows_from_ansatz_qubits_and_reps()
    {
        Assert.All(Records, record =>
        {
            var initial = record.VqeResult.InitialData;
            var rotationsPerQubit = (initial.AnsatzName ?? "EfficientSU2") == "EfficientSU2" ? 2 : 1;
            Assert.InRange(initial.NumQubits, 4, 14);
            Assert.InRange(initial.AnsatzReps, 1, 3);
            Assert.Equal(rotationsPerQubit * initial.NumQubits * (initial.AnsatzReps + 1), initial.NumParameters);
            Assert.StartsWith("OPENQASM 3.0;", initial.Ansatz);
            Assert.Contains($"_θ_{initial.NumParameters - 1}_", initial.Ansatz);
        });
    }

    [Fact]
    public void Hamiltonian_labels_are_distinct_pauli_strings_one_letter_per_qubit()
    {
        Assert.All(Records, record =>
        {
            var initial = record.VqeResult.InitialData;
            Assert.All(initial.Hamiltonian, term =>
            {
                Assert.Equal(initial.NumQubits, term.Label.Length);
                Assert.Matches("^[IXYZ]+$", term.Label);
                Assert.Equal(0.0, term.Coefficient.Imaginary);
                Assert.True(double.IsFinite(term.Coefficient.Real) && term.Coefficient.Real != 0.0);
            });
            Assert.Equal(initial.Hamiltonian.Count, initial.Hamiltonian.Select(t => t.Label).Distinct().Count());
            Assert.Equal(new string('I', initial.NumQubits), initial.Hamiltonian[0].Label);
        });
    }

    [Fact]
    public void Iterations_are_numbered_from_one_with_deltas_from_the_previous_one()
    {
        Assert.All(Records, record =>
        {
            var iterations = record.VqeResult.IterationList;
            Assert.InRange(iterations.Count, 10, 200);
            Assert.Equal(Enumerable.Range(1, iterations.Count), iterations.Select(i => i.Iteration));
            Assert.Null(iterations[0].EnergyDelta);
            Assert.Null(iterations[0].ParameterDeltaNorm);
            Assert.Equal(record.VqeResult.InitialData.InitialParameters, iterations[0].Parameters);
            foreach (var (previous, current) in iterations.Zip(iterations.Skip(1)))
            {
                Assert.Equal(current.Result - previous.Result, current.EnergyDelta);
                Assert.NotNull(current.ParameterDeltaNorm);
                Assert.True(current.ParameterDeltaNorm >= 0);
            }
            Assert.All(iterations, i => Assert.True(i.Std > 0, "std is positive"));
        });
    }

    [Fact]
    public void Cumulative_minimum_is_the_running_minimum_and_never_increases()
    {
        Assert.All(Records, record =>
        {
            var best = double.PositiveInfinity;
            foreach (var iteration in record.VqeResult.IterationList)
            {
                best = Math.Min(best, iteration.Result);
                Assert.Equal(best, iteration.CumulativeMinEnergy);
            }
        });
    }

    [Fact]
    public void Minimum_is_the_best_energy_and_optimal_parameters_are_its_parameters()
    {
        Assert.All(Records, record =>
        {
            var result = record.VqeResult;
            var best = result.IterationList.MinBy(i => i.Result)!;
            Assert.Equal(best.Result, result.Minimum);
            Assert.Equal(best.Parameters, result.OptimalParameters);
        });
    }

    [Fact]
    public void Energies_descend_towards_the_molecules_ground_state()
    {
        var h2 = Records.Where(r => r.MoleculeId == 0 && r.BasisSet == "sto3g" && r.VqeResult.NuclearRepulsionEnergy is not null).ToList();

        Assert.NotEmpty(h2);
        Assert.All(h2, record =>
        {
            var total = record.VqeResult.Minimum + record.VqeResult.NuclearRepulsionEnergy!.Value;
            Assert.InRange(total, -1.16, -1.0);
            Assert.InRange(record.VqeResult.NuclearRepulsionEnergy.Value, 0.71, 0.72);
            Assert.True(record.VqeResult.IterationList[^1].Result < record.VqeResult.IterationList[0].Result);
        });
    }

    [Fact]
    public void Molecules_are_consistent_with_their_charge_and_geometry()
    {
        Assert.All(Records, record =>
        {
            var molecule = record.Molecule.MoleculeData;
            var isCation = molecule.Symbols.SequenceEqual(["He", "H"]);
            Assert.Equal(isCation ? 1 : 0, molecule.Charge);
            Assert.Equal(1, molecule.Multiplicity);
            Assert.Equal("angstrom", molecule.Units);
            Assert.Equal(molecule.Symbols.Count, molecule.Coords.Count);
            Assert.All(molecule.Coords, c => Assert.Equal(3, c.Count));
            if (molecule.Masses is not null)
                Assert.Equal(molecule.Symbols.Count, molecule.Masses.Count);
            Assert.Contains(record.BasisSet, new[] { "sto3g", "6-31g", "cc-pvdz" });
            Assert.InRange(record.MoleculeId, 0, 5);
        });
        Assert.Equal(6, Records.Select(r => r.MoleculeId).Distinct().Count());
    }

    [Fact]
    public void Timings_are_positive_and_the_total_covers_the_stages()
    {
        Assert.All(Records, record =>
        {
            Assert.True(record.HamiltonianTime > 0 && record.MappingTime > 0 && record.VqeTime > 0);
            Assert.True(record.TotalTime >= record.HamiltonianTime + record.MappingTime + record.VqeTime);
            Assert.True(record.VqeResult.MinimizationTime > 0);
            Assert.True(record.VqeTime >= record.VqeResult.MinimizationTime);
        });
    }

    [Fact]
    public void Every_optional_member_is_sometimes_null_and_sometimes_set()
    {
        (string Name, Func<VqeDecoratedResult, object?> Read)[] optionals =
        [
            ("default_shots", r => r.VqeResult.InitialData.DefaultShots),
            ("init_strategy", r => r.VqeResult.InitialData.InitStrategy),
            ("seed", r => r.VqeResult.InitialData.Seed),
            ("ansatz_name", r => r.VqeResult.InitialData.AnsatzName),
            ("maxcv", r => r.VqeResult.Maxcv),
            ("nuclear_repulsion_energy", r => r.VqeResult.NuclearRepulsionEnergy),
            ("success", r => r.VqeResult.Success),
            ("nfev", r => r.VqeResult.Nfev),
            ("nit", r => r.VqeResult.Nit),
            ("masses", r => r.Molecule.MoleculeData.Masses),
            ("performance_start", r => r.PerformanceStart),
            ("performance_end", r => r.PerformanceEnd),
        ];

        Assert.All(optionals, optional =>
        {
            Assert.Contains(Records, r => optional.Read(r) is null);
            Assert.Contains(Records, r => optional.Read(r) is not null);
        });
    }

    [Fact]
    public async Task Every_record_serialises_to_json()
    {
        foreach (var record in Records)
        {
            using var stream = new MemoryStream();
            await VqeRecordJsonWriter.WriteAsync(stream, record);
            using var document = JsonDocument.Parse(stream.ToArray());
            Assert.Equal(
                record.VqeResult.IterationList.Count,
                document.RootElement.GetProperty("vqe_result").GetProperty("iteration_list").GetArrayLength());
        }
    }
}
