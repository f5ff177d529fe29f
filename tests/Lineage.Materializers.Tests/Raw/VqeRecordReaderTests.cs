using System.Text;
using System.Text.Json;
using Lineage.Materializers.Raw;
using Xunit;

namespace Lineage.Materializers.Tests.Raw;

public class VqeRecordReaderTests
{
    private static readonly string ValidJson = SampleRecords.ToJsonAsync(SampleRecords.H2(withOptionals: false)).GetAwaiter().GetResult();

    public static TheoryData<string> SampleFileNames() => new(SampleFiles.All().Select(Path.GetFileName).Select(name => name!));

    [Theory]
    [MemberData(nameof(SampleFileNames))]
    public void Every_sample_file_reads_as_JsonDocument_sees_it(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleFiles.Directory, fileName));

        var result = VqeRecordReader.Read(bytes, fileName);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var document = JsonDocument.Parse(bytes);
        JsonDocumentOracle.AssertSame(document.RootElement, result.Record);
    }

    [Fact]
    public async Task A_stream_reads_like_its_bytes()
    {
        var path = SampleFiles.All()[0];
        await using var stream = File.OpenRead(path);

        var result = await VqeRecordReader.ReadAsync(stream, "a.json");

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        JsonDocumentOracle.AssertSame(document.RootElement, result.Record);
    }

    [Fact]
    public async Task A_written_record_reads_back_equal_field_by_field()
    {
        foreach (var withOptionals in new[] { true, false })
        {
            var original = SampleRecords.H2(withOptionals);
            var read = Read(await SampleRecords.ToJsonAsync(original));

            Assert.Equal(ExperimentId.CanonicalJson(original), ExperimentId.CanonicalJson(read));
            Assert.Equal(original.VqeResult.IterationList, read.VqeResult.IterationList, IterationEquals);
            Assert.Equal(original.VqeResult.OptimalParameters, read.VqeResult.OptimalParameters);
            Assert.Equal(original with { VqeResult = read.VqeResult, Molecule = read.Molecule }, read);
        }
    }

    [Fact]
    public void Absent_and_null_optional_members_both_read_as_null()
    {
        var withNulls = Read(ValidJson);
        var withoutMembers = Read(ValidJson
            .Replace(",\"maxcv\":null", "")
            .Replace(",\"seed\":null", "")
            .Replace(",\"masses\":null", "")
            .Replace(",\"performance_start\":null", "")
            .Replace(",\"energy_delta\":null", ""));

        Assert.Contains("\"maxcv\":null", ValidJson);
        foreach (var record in new[] { withNulls, withoutMembers })
        {
            Assert.Null(record.VqeResult.Maxcv);
            Assert.Null(record.VqeResult.InitialData.Seed);
            Assert.Null(record.Molecule.MoleculeData.Masses);
            Assert.Null(record.PerformanceStart);
            Assert.Null(record.VqeResult.IterationList[0].EnergyDelta);
        }
    }

    [Fact]
    public void Unknown_members_are_skipped_with_everything_nested_in_them()
    {
        var noisy = ValidJson
            .Replace("{\"vqe_result\":{", "{\"extra\":{\"minimum\":\"no\",\"deep\":[[1,{\"a\":[]}],null,\"s\"]},\"vqe_result\":{\"note\":[{\"x\":1}],")
            .Replace("\"iteration\":2,", "\"iteration\":2,\"iteration_extra\":{\"parameters\":[\"x\"]},")
            .Replace("\"label\":\"IIZZ\",", "\"label\":\"IIZZ\",\"weight\":true,");

        var record = Read(noisy);

        Assert.Equal(ExperimentId.CanonicalJson(Read(ValidJson)), ExperimentId.CanonicalJson(record));
        Assert.Equal(2, record.VqeResult.IterationList[1].Iteration);
        Assert.Equal([0.25, 5.5], record.VqeResult.IterationList[1].Parameters);
        Assert.Equal(-1.8, record.VqeResult.Minimum);
    }

    [Fact]
    public void Integral_numbers_are_accepted_where_doubles_are_required()
    {
        var record = Read(ValidJson.Replace("\"minimum\":-1.8", "\"minimum\":-2"));

        Assert.Equal(-2.0, record.VqeResult.Minimum);
    }

    public static TheoryData<string, string, string> BadInputs()
    {
        var length = Encoding.UTF8.GetByteCount(ValidJson);
        var truncatedInIteration = ValidJson.IndexOf("\"iteration\":2", StringComparison.Ordinal) + "\"iteration\":2".Length;
        var truncatedInSymbols = ValidJson.IndexOf("[\"H\",", StringComparison.Ordinal) + "[\"H\",".Length;
        return new()
        {
            { "not JSON", "hello", "$|not valid JSON at line 1, byte 1 of the line" },
            { "empty", "", "$|the file is empty" },
            { "truncated after the first brace", "{", "$|not valid JSON at line 1, byte 2 of the line" },
            { "truncated inside an iteration", ValidJson[..truncatedInIteration], $"vqe_result.iteration_list[1].iteration|not valid JSON at line 1, byte {ByteEnd(truncatedInIteration) + 1} of the line" },
            { "truncated inside the symbols", ValidJson[..truncatedInSymbols], $"molecule.molecule_data.symbols[1]|not valid JSON at line 1, byte {ByteEnd(truncatedInSymbols)} of the line" }, // names the dangling comma
            { "truncated before the last brace", ValidJson[..^1], $"$|not valid JSON at line 1, byte {length} of the line" },
            { "string where a number is required", ValidJson.Replace("\"result\":-1.8", "\"result\":\"-1.8\""), "vqe_result.iteration_list[1].result|expected a number, found a string" },
            { "null in a required member", ValidJson.Replace("\"units\":\"angstrom\"", "\"units\":null"), "molecule.molecule_data.units|expected a string, found null" },
            { "object where a list is required", ValidJson.Replace("\"optimal_parameters\":[0.25,5.5]", "\"optimal_parameters\":{}"), "vqe_result.optimal_parameters|expected an array, found an object" },
            { "missing required member", ValidJson.Replace("\"minimum\":-1.8,", ""), "vqe_result.minimum|required member is missing" },
            { "missing required coefficient", ValidJson.Replace(",\"imaginary\":1E-17", ""), "vqe_result.initial_data.hamiltonian[1].coefficients.imaginary|required member is missing" },
            { "float where an int is required", ValidJson.Replace("\"num_qubits\":4", "\"num_qubits\":3.5"), "vqe_result.initial_data.num_qubits|3.5 is not an integer" },
            { "int out of range", ValidJson.Replace("\"molecule_id\":0", "\"molecule_id\":2147483648"), "molecule_id|2147483648 is out of range for an int (32-bit)" },
            { "double out of range", ValidJson.Replace("\"std\":0.01", "\"std\":1e400"), "vqe_result.iteration_list[0].std|1e400 is out of range for a double" },
            { "a boolean where a boolean or null is allowed gets a number", ValidJson.Replace("\"success\":null", "\"success\":1"), "vqe_result.success|expected a boolean, found a number" },
            { "lone surrogate escape in a string", ValidJson.Replace("\"COBYLA\"", "\"CO\\ud800\""), "vqe_result.initial_data.optimizer|invalid \\u escape in a string (unpaired UTF-16 surrogate)" },
            { "trailing content", ValidJson + "x", $"$|unexpected content after the top-level object at byte {length}" },
            { "second top-level value", ValidJson + " {}", $"$|unexpected content after the top-level object at byte {length}" },
            { "array at top level", "[" + ValidJson + "]", "$|expected an object, found an array" },
            { "duplicate key at the top", ValidJson.Replace("\"molecule_id\":0", "\"molecule_id\":0,\"molecule_id\":1"), "molecule_id|duplicate key 'molecule_id': the member appears twice in one object" },
            { "duplicate key in an iteration", ValidJson.Replace("\"result\":-1.8", "\"result\":-1.8,\"result\":-2.0"), "vqe_result.iteration_list[1].result|duplicate key 'result': the member appears twice in one object" },
            { "duplicate unknown key", ValidJson.Replace("\"molecule_id\":0", "\"molecule_id\":0,\"note\":1,\"note\":2"), "note|duplicate key 'note': the member appears twice in one object" },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_rejected_with_path_and_problem(string caseName, string json, string expected)
    {
        var result = VqeRecordReader.Read(Encoding.UTF8.GetBytes(json), "7-1.json");

        Assert.False(result.IsSuccess, caseName);
        Assert.Equal("7-1.json", result.Error.File);
        Assert.Equal(expected, $"{result.Error.JsonPath}|{result.Error.Problem}");
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_rejected_at_its_member()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidJson.Replace("\"COBYLA\"", "\"CO@LA\""));
        bytes[Encoding.UTF8.GetBytes(ValidJson).AsSpan().IndexOf("COBYLA"u8) + 2] = 0xFF;

        var result = VqeRecordReader.Read(bytes, "7-1.json");

        Assert.False(result.IsSuccess);
        Assert.Equal("vqe_result.initial_data.optimizer", result.Error.JsonPath);
        Assert.Equal("invalid UTF-8 in a string", result.Error.Problem);
    }

    /// <summary>The UTF-8 length of the first <paramref name="chars"/> characters of the valid document (the ansatz text holds a two-byte θ).</summary>
    private static int ByteEnd(int chars) => Encoding.UTF8.GetByteCount(ValidJson.AsSpan(0, chars));

    [Fact]
    public void Every_truncation_of_a_valid_file_is_rejected_without_throwing()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidJson);
        for (var length = 0; length < bytes.Length; length++)
        {
            var result = VqeRecordReader.Read(bytes.AsSpan(0, length), "7-1.json");
            Assert.False(result.IsSuccess, $"a prefix of {length} bytes was accepted");
            Assert.False(string.IsNullOrEmpty(result.Error.Problem));
        }
    }

    [Fact]
    public void Invalid_utf8_inside_an_unknown_member_still_rejects_the_file()
    {
        var json = Encoding.UTF8.GetBytes(ValidJson.Replace("{\"vqe_result\":", "{\"note\":\"a@b\",\"vqe_result\":"));
        var at = json.AsSpan().IndexOf("a@b"u8) + 1;
        json[at] = 0xC3;

        var result = VqeRecordReader.Read(json, "7-1.json");

        Assert.False(result.IsSuccess);
        Assert.Equal("$", result.Error.JsonPath);
        Assert.Equal($"invalid UTF-8 at byte {at}", result.Error.Problem);
    }

    private static VqeDecoratedResult Read(string json)
    {
        var result = VqeRecordReader.Read(Encoding.UTF8.GetBytes(json), "t.json");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Record;
    }

    private static bool IterationEquals(VqeIteration a, VqeIteration b) =>
        a.Iteration == b.Iteration && a.Parameters.SequenceEqual(b.Parameters) && a.Result.Equals(b.Result) && a.Std.Equals(b.Std)
        && Nullable.Equals(a.EnergyDelta, b.EnergyDelta) && Nullable.Equals(a.ParameterDeltaNorm, b.ParameterDeltaNorm)
        && Nullable.Equals(a.CumulativeMinEnergy, b.CumulativeMinEnergy);
}
