using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Lineage.Materializers.Raw;
using Xunit;

namespace Lineage.Materializers.Tests.Raw;

public class ExperimentIdTests
{
    // Written by hand from EXPERIMENT_ID.md: sorted keys, integral doubles without fraction, -0 as 0, minimal escapes.
    private const string SmallCanonicalJson =
        """{"basis_set":"sto3g","initial_data":{"ansatz":"OPENQASM 3.0;\n\"θ\"\t\\\u0001","ansatz_name":null,"ansatz_reps":1,"backend":"aer","default_shots":1024,"hamiltonian":[{"coefficients":{"imaginary":1E-17,"real":-0.5},"label":"ZZ"}],"init_strategy":"hf","initial_parameters":[2,0,0.1],"noise_backend":"undef","num_parameters":3,"num_qubits":2,"optimizer":"COBYLA","seed":null},"molecule_data":{"charge":0,"coords":[[0,0,0],[0,0,0.7414]],"masses":null,"multiplicity":1,"symbols":["H","H"],"units":"angstrom"}}""";

    private const string SmallExperimentId = "ecc02bd9cf45379bef1e2e4bb3d81b56b5ce0471982af8bbd9e389322c1b9862";

    private static VqeDecoratedResult Small() =>
        new(
            new VqeResult(
                new VqeInitialData("aer", 2, [new HamiltonianTerm("ZZ", new Complex(-0.5, 1e-17))], 3, [2.0, -0.0, 0.1], "COBYLA",
                    "OPENQASM 3.0;\n\"θ\"\t\\\u0001", "undef", 1024, 1, "hf", null, null),
                [new VqeIteration(1, [2.0, 0.0, 0.1], -1.1, 0.0, null, null, -1.1)],
                -1.1, [2.0, 0.0, 0.1], null, 0.5, null, true, 1, 1),
            new MoleculeInfo(new MoleculeData(["H", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.7414]], 1, 0, "angstrom", null)),
            "sto3g", 0.1, 0.2, 0.3, 0.6, 3, null, null);

    [Fact]
    public void Golden_id_of_a_small_record_matches_the_hand_written_canonical_json()
    {
        Assert.Equal(SmallExperimentId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SmallCanonicalJson))));
        Assert.Equal(SmallCanonicalJson, ExperimentId.CanonicalJson(Small()));
        Assert.Equal(SmallExperimentId, ExperimentId.Compute(Small()));
    }

    [Fact]
    public void Iterations_results_timings_and_molecule_id_do_not_change_the_id()
    {
        var record = Small();
        var rerun = record with
        {
            VqeResult = record.VqeResult with { IterationList = [], Minimum = -2.0, OptimalParameters = [1.0], Maxcv = 0.1, MinimizationTime = 9.0, Success = false },
            HamiltonianTime = 7.0,
            TotalTime = 8.0,
            MoleculeId = 12,
            PerformanceStart = "{}",
        };

        Assert.Equal(SmallExperimentId, ExperimentId.Compute(rerun));
    }

    public static TheoryData<string, Func<VqeDecoratedResult, VqeDecoratedResult>> Changes() => new()
    {
        { "basis set", r => r with { BasisSet = "6-31g" } },
        { "coordinate", r => WithMolecule(r, m => m with { Coords = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.7415]] }) },
        { "masses given", r => WithMolecule(r, m => m with { Masses = [1.008, 1.008] }) },
        { "charge", r => WithMolecule(r, m => m with { Charge = 1 }) },
        { "symbols", r => WithMolecule(r, m => m with { Symbols = ["H", "Li"] }) },
        { "coefficient", r => WithInitial(r, d => d with { Hamiltonian = [new HamiltonianTerm("ZZ", new Complex(-0.5, 0.0))] }) },
        { "term label", r => WithInitial(r, d => d with { Hamiltonian = [new HamiltonianTerm("ZI", new Complex(-0.5, 1e-17))] }) },
        { "initial parameter", r => WithInitial(r, d => d with { InitialParameters = [2.0, 0.0, 0.2] }) },
        { "seed set", r => WithInitial(r, d => d with { Seed = 7 }) },
        { "shots unset", r => WithInitial(r, d => d with { DefaultShots = null }) },
        { "optimizer", r => WithInitial(r, d => d with { Optimizer = "SLSQP" }) },
        { "ansatz name", r => WithInitial(r, d => d with { AnsatzName = "EfficientSU2" }) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_in_molecule_basis_or_initial_data_changes_the_id(string change, Func<VqeDecoratedResult, VqeDecoratedResult> apply)
    {
        Assert.NotEqual(SmallExperimentId, ExperimentId.Compute(apply(Small())));
        Assert.False(string.IsNullOrEmpty(change));
    }

    [Fact]
    public void Negative_zero_and_zero_give_the_same_id()
    {
        var positive = WithInitial(Small(), d => d with { InitialParameters = [2.0, 0.0, 0.1] });

        Assert.Equal(SmallExperimentId, ExperimentId.Compute(positive));
    }

    [Fact]
    public void A_non_finite_number_is_refused()
    {
        var broken = WithInitial(Small(), d => d with { InitialParameters = [double.NaN] });

        Assert.Throws<ArgumentException>(() => ExperimentId.Compute(broken));
    }

    [Fact]
    public void Sample_reruns_share_an_id_and_every_other_sample_differs()
    {
        var ids = SampleFiles.All().ToDictionary(
            path => Path.GetFileName(path).Split('-')[0],
            path => ExperimentId.Compute(VqeRecordReader.Read(File.ReadAllBytes(path), Path.GetFileName(path)).Record!));

        Assert.Equal(60, ids.Count);
        Assert.Equal(ids["2"], ids["14"]);
        Assert.Equal(ids["25"], ids["27"]);
        Assert.Equal(58, ids.Values.Distinct().Count());
        Assert.All(ids.Values, id => Assert.Matches("^[0-9a-f]{64}$", id));
    }

    private static VqeDecoratedResult WithMolecule(VqeDecoratedResult r, Func<MoleculeData, MoleculeData> change) =>
        r with { Molecule = new MoleculeInfo(change(r.Molecule.MoleculeData)) };

    private static VqeDecoratedResult WithInitial(VqeDecoratedResult r, Func<VqeInitialData, VqeInitialData> change) =>
        r with { VqeResult = r.VqeResult with { InitialData = change(r.VqeResult.InitialData) } };
}
