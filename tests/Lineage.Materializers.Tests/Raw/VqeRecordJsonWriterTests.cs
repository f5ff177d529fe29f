using System.Globalization;
using System.Text.Json;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Raw;

public class VqeRecordJsonWriterTests
{
    [Fact]
    public async Task Writes_the_producers_members_in_its_order_and_nesting()
    {
        using var document = await SampleRecords.ToDocumentAsync(SampleRecords.H2(withOptionals: true));
        var root = document.RootElement;
        var result = root.GetProperty("vqe_result");
        var initial = result.GetProperty("initial_data");

        Assert.Equal(
            ["vqe_result", "molecule", "basis_set", "hamiltonian_time", "mapping_time", "vqe_time", "total_time", "molecule_id",
             "performance_start", "performance_end"],
            SampleRecords.MemberNames(root));
        Assert.Equal(
            ["initial_data", "iteration_list", "minimum", "optimal_parameters", "maxcv", "minimization_time",
             "nuclear_repulsion_energy", "success", "nfev", "nit"],
            SampleRecords.MemberNames(result));
        Assert.Equal(
            ["backend", "num_qubits", "hamiltonian", "num_parameters", "initial_parameters", "optimizer", "ansatz", "ansatz_reps",
             "noise_backend", "default_shots", "init_strategy", "seed", "ansatz_name", "exact_estimator"],
            SampleRecords.MemberNames(initial));
        Assert.Equal(
            ["iteration", "parameters", "result", "std", "energy_delta", "parameter_delta_norm", "cumulative_min_energy"],
            SampleRecords.MemberNames(result.GetProperty("iteration_list")[1]));
        Assert.Equal(["molecule_data"], SampleRecords.MemberNames(root.GetProperty("molecule")));
        Assert.Equal(
            ["symbols", "coords", "multiplicity", "charge", "units", "masses"],
            SampleRecords.MemberNames(root.GetProperty("molecule").GetProperty("molecule_data")));
        var term = initial.GetProperty("hamiltonian")[1];
        Assert.Equal(["label", "coefficients"], SampleRecords.MemberNames(term));
        Assert.Equal(["real", "imaginary"], SampleRecords.MemberNames(term.GetProperty("coefficients")));
    }

    [Fact]
    public async Task Writes_values_with_their_json_types()
    {
        using var document = await SampleRecords.ToDocumentAsync(SampleRecords.H2(withOptionals: true));
        var root = document.RootElement;
        var initial = root.GetProperty("vqe_result").GetProperty("initial_data");
        var molecule = root.GetProperty("molecule").GetProperty("molecule_data");

        Assert.Equal("IIZZ", initial.GetProperty("hamiltonian")[1].GetProperty("label").GetString());
        Assert.Equal(0.12091263, initial.GetProperty("hamiltonian")[1].GetProperty("coefficients").GetProperty("real").GetDouble());
        Assert.Equal(1e-17, initial.GetProperty("hamiltonian")[1].GetProperty("coefficients").GetProperty("imaginary").GetDouble());
        Assert.Equal(4, initial.GetProperty("num_qubits").GetInt32());
        Assert.Equal(1024, initial.GetProperty("default_shots").GetInt32());
        Assert.False(initial.GetProperty("exact_estimator").GetBoolean());
        Assert.Equal("RealAmplitudes", initial.GetProperty("ansatz_name").GetString());
        Assert.Equal([0.5, 6.0], initial.GetProperty("initial_parameters").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(JsonValueKind.True, root.GetProperty("vqe_result").GetProperty("success").ValueKind);
        Assert.Equal(0.7414, molecule.GetProperty("coords")[1][2].GetDouble());
        Assert.Equal(["H", "H"], molecule.GetProperty("symbols").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("{\"timestamp\": \"2026-11-18T00:00:00\"}", root.GetProperty("performance_start").GetString());
        Assert.Equal(0, root.GetProperty("molecule_id").GetInt32());
    }

    [Fact]
    public async Task Writes_absent_optional_members_as_json_null()
    {
        using var document = await SampleRecords.ToDocumentAsync(SampleRecords.H2(withOptionals: false));
        var root = document.RootElement;
        var result = root.GetProperty("vqe_result");
        var initial = result.GetProperty("initial_data");
        var first = result.GetProperty("iteration_list")[0];
        var second = result.GetProperty("iteration_list")[1];

        JsonElement[] nulls =
        [
            root.GetProperty("performance_start"), root.GetProperty("performance_end"),
            root.GetProperty("molecule").GetProperty("molecule_data").GetProperty("masses"),
            result.GetProperty("maxcv"), result.GetProperty("nuclear_repulsion_energy"), result.GetProperty("success"),
            result.GetProperty("nfev"), result.GetProperty("nit"),
            initial.GetProperty("default_shots"), initial.GetProperty("init_strategy"), initial.GetProperty("seed"),
            initial.GetProperty("ansatz_name"),
            first.GetProperty("energy_delta"), first.GetProperty("parameter_delta_norm"),
            second.GetProperty("cumulative_min_energy"),
        ];
        Assert.All(nulls, element => Assert.Equal(JsonValueKind.Null, element.ValueKind));
        Assert.True(initial.GetProperty("exact_estimator").GetBoolean());
        Assert.Equal(-1.2, first.GetProperty("cumulative_min_energy").GetDouble());
    }

    [Fact]
    public async Task Doubles_round_trip_exactly_and_integral_ones_keep_a_decimal_point()
    {
        double[] tricky = [0.1 + 0.2, 1e-300, 5e-324, double.MaxValue, -0.0, 1.0 / 3.0, 123456789.0, -1.1372838344885023];
        var record = SampleRecords.H2(withOptionals: false);
        record = record with { VqeResult = record.VqeResult with { OptimalParameters = tricky } };

        var json = await SampleRecords.ToJsonAsync(record);
        using var document = JsonDocument.Parse(json);

        var read = document.RootElement.GetProperty("vqe_result").GetProperty("optimal_parameters")
            .EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(tricky.Select(BitConverter.DoubleToInt64Bits), read.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains("\"coords\":[[0.0,0.0,0.0],[0.0,0.0,0.7414]]", json);
        Assert.Contains("123456789.0,", json);
        Assert.Contains("-0.0,", json);
    }

    [Fact]
    public async Task Output_does_not_depend_on_the_current_culture()
    {
        var record = SampleRecords.H2(withOptionals: true);
        var invariant = await WithCulture(CultureInfo.InvariantCulture, () => SampleRecords.ToJsonAsync(record));
        var german = await WithCulture(new CultureInfo("de-DE"), () => SampleRecords.ToJsonAsync(record));

        Assert.Equal(invariant, german);
        Assert.Contains("\"hamiltonian_time\":0.1,", german);
    }

    [Fact]
    public async Task Keeps_quotes_and_non_ascii_text_readable()
    {
        var json = await SampleRecords.ToJsonAsync(SampleRecords.H2(withOptionals: true));

        Assert.Contains("include \\\"stdgates.inc\\\";\\ninput float[64] _θ_0_;", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public async Task Refuses_a_non_finite_number_naming_the_member()
    {
        var record = SampleRecords.H2(withOptionals: false);
        record = record with { VqeResult = record.VqeResult with { Minimum = double.NaN } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SampleRecords.ToJsonAsync(record));
        Assert.Contains("'minimum'", error.Message);
    }

    private static async Task<string> WithCulture(CultureInfo culture, Func<Task<string>> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
