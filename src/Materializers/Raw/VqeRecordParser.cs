using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The token-level parse behind <see cref="VqeRecordReader"/>: one method per object of the record,
/// member names matched on their UTF-8 bytes, the current path kept in <see cref="Path"/> for errors.
/// </summary>
internal sealed class VqeRecordParser
{
    private const string Missing = "required member is missing";

    // Parameter vectors of one run share a length; the last seen length pre-sizes the next list.
    private int _parameterCountHint = 4;

    // Instance method groups and lambdas would allocate a delegate per member read; these are built once per parser.
    private readonly ValueReader<List<double>> _readParameters;
    private readonly ValueReader<List<VqeIteration>> _readIterations;
    private readonly ValueReader<List<HamiltonianTerm>> _readHamiltonian;
    private readonly ValueReader<List<string>> _readSymbols;
    private readonly ValueReader<List<IReadOnlyList<double>>> _readCoords;
    private readonly ValueReader<List<double>?> _readOptionalDoubles;
    private readonly ValueReader<VqeIteration> _readIteration;
    private readonly ValueReader<HamiltonianTerm> _readTerm;
    private readonly ValueReader<IReadOnlyList<double>> _readPoint;

    public VqeRecordParser()
    {
        _readParameters = ReadParameters;
        _readIteration = ReadIteration;
        _readTerm = ReadTerm;
        _readPoint = ReadPoint;
        _readOptionalDoubles = ReadOptionalDoubles;
        _readIterations = (ref Utf8JsonReader r) => ReadList(ref r, 64, _readIteration);
        _readHamiltonian = (ref Utf8JsonReader r) => ReadList(ref r, 16, _readTerm);
        _readSymbols = (ref Utf8JsonReader r) => ReadList(ref r, 4, ReadString);
        _readCoords = (ref Utf8JsonReader r) => ReadList(ref r, 4, _readPoint);
    }

    private readonly List<HashSet<string>> _members = [];

    public JsonPathTrail Path { get; } = new();

    public VqeDecoratedResult Parse(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) json = json[3..];
        if (json.IsEmpty) throw new RawRecordFormatException("the file is empty");
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        reader.Read();
        var record = ReadRecord(ref reader);
        long end = reader.BytesConsumed;
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException)
        {
            more = true;
        }
        if (more) throw new RawRecordFormatException($"unexpected content after the top-level object at byte {end}");
        return record;
    }

    private VqeDecoratedResult ReadRecord(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        VqeResult? vqeResult = null;
        MoleculeInfo? molecule = null;
        string? basisSet = null, performanceStart = null, performanceEnd = null;
        double? hamiltonianTime = null, mappingTime = null, vqeTime = null, totalTime = null;
        int? moleculeId = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("vqe_result"u8)) vqeResult = Member(ref reader, RawFieldNames.VqeResult, ReadVqeResult);
            else if (reader.ValueTextEquals("molecule"u8)) molecule = Member(ref reader, RawFieldNames.Molecule, ReadMolecule);
            else if (reader.ValueTextEquals("basis_set"u8)) basisSet = Member(ref reader, RawFieldNames.BasisSet, ReadString);
            else if (reader.ValueTextEquals("hamiltonian_time"u8)) hamiltonianTime = Member(ref reader, RawFieldNames.HamiltonianTime, ReadDouble);
            else if (reader.ValueTextEquals("mapping_time"u8)) mappingTime = Member(ref reader, RawFieldNames.MappingTime, ReadDouble);
            else if (reader.ValueTextEquals("vqe_time"u8)) vqeTime = Member(ref reader, RawFieldNames.VqeTime, ReadDouble);
            else if (reader.ValueTextEquals("total_time"u8)) totalTime = Member(ref reader, RawFieldNames.TotalTime, ReadDouble);
            else if (reader.ValueTextEquals("molecule_id"u8)) moleculeId = Member(ref reader, RawFieldNames.MoleculeId, ReadInt);
            else if (reader.ValueTextEquals("performance_start"u8)) performanceStart = Member(ref reader, RawFieldNames.PerformanceStart, ReadOptionalString);
            else if (reader.ValueTextEquals("performance_end"u8)) performanceEnd = Member(ref reader, RawFieldNames.PerformanceEnd, ReadOptionalString);
            else SkipValue(ref reader);
        }
        return new VqeDecoratedResult(
            Required(vqeResult, RawFieldNames.VqeResult),
            Required(molecule, RawFieldNames.Molecule),
            Required(basisSet, RawFieldNames.BasisSet),
            Required(hamiltonianTime, RawFieldNames.HamiltonianTime),
            Required(mappingTime, RawFieldNames.MappingTime),
            Required(vqeTime, RawFieldNames.VqeTime),
            Required(totalTime, RawFieldNames.TotalTime),
            Required(moleculeId, RawFieldNames.MoleculeId),
            performanceStart,
            performanceEnd);
    }

    private MoleculeInfo ReadMolecule(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        MoleculeData? data = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("molecule_data"u8)) data = Member(ref reader, RawFieldNames.MoleculeData, ReadMoleculeData);
            else SkipValue(ref reader);
        }
        return new MoleculeInfo(Required(data, RawFieldNames.MoleculeData));
    }

    private MoleculeData ReadMoleculeData(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        List<string>? symbols = null;
        List<IReadOnlyList<double>>? coords = null;
        List<double>? masses = null;
        int? multiplicity = null, charge = null;
        string? units = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("symbols"u8)) symbols = Member(ref reader, RawFieldNames.Symbols, _readSymbols);
            else if (reader.ValueTextEquals("coords"u8)) coords = Member(ref reader, RawFieldNames.Coords, _readCoords);
            else if (reader.ValueTextEquals("multiplicity"u8)) multiplicity = Member(ref reader, RawFieldNames.Multiplicity, ReadInt);
            else if (reader.ValueTextEquals("charge"u8)) charge = Member(ref reader, RawFieldNames.Charge, ReadInt);
            else if (reader.ValueTextEquals("units"u8)) units = Member(ref reader, RawFieldNames.Units, ReadString);
            else if (reader.ValueTextEquals("masses"u8)) masses = Member(ref reader, RawFieldNames.Masses, _readOptionalDoubles);
            else SkipValue(ref reader);
        }
        return new MoleculeData(
            Required(symbols, RawFieldNames.Symbols),
            Required(coords, RawFieldNames.Coords),
            Required(multiplicity, RawFieldNames.Multiplicity),
            Required(charge, RawFieldNames.Charge),
            Required(units, RawFieldNames.Units),
            masses);
    }

    private IReadOnlyList<double> ReadPoint(ref Utf8JsonReader reader) => ReadList(ref reader, 3, ReadDouble);

    private VqeResult ReadVqeResult(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        VqeInitialData? initialData = null;
        List<VqeIteration>? iterations = null;
        List<double>? optimalParameters = null;
        double? minimum = null, maxcv = null, minimizationTime = null, nuclearRepulsion = null;
        bool? success = null;
        int? nfev = null, nit = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("initial_data"u8)) initialData = Member(ref reader, RawFieldNames.InitialData, ReadInitialData);
            else if (reader.ValueTextEquals("iteration_list"u8)) iterations = Member(ref reader, RawFieldNames.IterationList, _readIterations);
            else if (reader.ValueTextEquals("minimum"u8)) minimum = Member(ref reader, RawFieldNames.Minimum, ReadDouble);
            else if (reader.ValueTextEquals("optimal_parameters"u8)) optimalParameters = Member(ref reader, RawFieldNames.OptimalParameters, _readParameters);
            else if (reader.ValueTextEquals("maxcv"u8)) maxcv = Member(ref reader, RawFieldNames.Maxcv, ReadOptionalDouble);
            else if (reader.ValueTextEquals("minimization_time"u8)) minimizationTime = Member(ref reader, RawFieldNames.MinimizationTime, ReadDouble);
            else if (reader.ValueTextEquals("nuclear_repulsion_energy"u8)) nuclearRepulsion = Member(ref reader, RawFieldNames.NuclearRepulsionEnergy, ReadOptionalDouble);
            else if (reader.ValueTextEquals("success"u8)) success = Member(ref reader, RawFieldNames.Success, ReadOptionalBoolean);
            else if (reader.ValueTextEquals("nfev"u8)) nfev = Member(ref reader, RawFieldNames.Nfev, ReadOptionalInt);
            else if (reader.ValueTextEquals("nit"u8)) nit = Member(ref reader, RawFieldNames.Nit, ReadOptionalInt);
            else SkipValue(ref reader);
        }
        return new VqeResult(
            Required(initialData, RawFieldNames.InitialData),
            Required(iterations, RawFieldNames.IterationList),
            Required(minimum, RawFieldNames.Minimum),
            Required(optimalParameters, RawFieldNames.OptimalParameters),
            maxcv,
            Required(minimizationTime, RawFieldNames.MinimizationTime),
            nuclearRepulsion,
            success,
            nfev,
            nit);
    }

    private VqeInitialData ReadInitialData(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        string? backend = null, optimizer = null, ansatz = null, noiseBackend = null, initStrategy = null, ansatzName = null;
        int? numQubits = null, numParameters = null, defaultShots = null, ansatzReps = null, seed = null;
        List<HamiltonianTerm>? hamiltonian = null;
        List<double>? initialParameters = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("backend"u8)) backend = Member(ref reader, RawFieldNames.Backend, ReadString);
            else if (reader.ValueTextEquals("num_qubits"u8)) numQubits = Member(ref reader, RawFieldNames.NumQubits, ReadInt);
            else if (reader.ValueTextEquals("hamiltonian"u8)) hamiltonian = Member(ref reader, RawFieldNames.Hamiltonian, _readHamiltonian);
            else if (reader.ValueTextEquals("num_parameters"u8))
            {
                numParameters = Member(ref reader, RawFieldNames.NumParameters, ReadInt);
                if (numParameters is > 0 and <= 4096) _parameterCountHint = numParameters.Value;
            }
            else if (reader.ValueTextEquals("initial_parameters"u8)) initialParameters = Member(ref reader, RawFieldNames.InitialParameters, _readParameters);
            else if (reader.ValueTextEquals("optimizer"u8)) optimizer = Member(ref reader, RawFieldNames.Optimizer, ReadString);
            else if (reader.ValueTextEquals("ansatz"u8)) ansatz = Member(ref reader, RawFieldNames.Ansatz, ReadString);
            else if (reader.ValueTextEquals("noise_backend"u8)) noiseBackend = Member(ref reader, RawFieldNames.NoiseBackend, ReadString);
            else if (reader.ValueTextEquals("default_shots"u8)) defaultShots = Member(ref reader, RawFieldNames.DefaultShots, ReadOptionalInt);
            else if (reader.ValueTextEquals("ansatz_reps"u8)) ansatzReps = Member(ref reader, RawFieldNames.AnsatzReps, ReadInt);
            else if (reader.ValueTextEquals("init_strategy"u8)) initStrategy = Member(ref reader, RawFieldNames.InitStrategy, ReadOptionalString);
            else if (reader.ValueTextEquals("seed"u8)) seed = Member(ref reader, RawFieldNames.Seed, ReadOptionalInt);
            else if (reader.ValueTextEquals("ansatz_name"u8)) ansatzName = Member(ref reader, RawFieldNames.AnsatzName, ReadOptionalString);
            else SkipValue(ref reader);
        }
        return new VqeInitialData(
            Required(backend, RawFieldNames.Backend),
            Required(numQubits, RawFieldNames.NumQubits),
            Required(hamiltonian, RawFieldNames.Hamiltonian),
            Required(numParameters, RawFieldNames.NumParameters),
            Required(initialParameters, RawFieldNames.InitialParameters),
            Required(optimizer, RawFieldNames.Optimizer),
            Required(ansatz, RawFieldNames.Ansatz),
            Required(noiseBackend, RawFieldNames.NoiseBackend),
            defaultShots,
            Required(ansatzReps, RawFieldNames.AnsatzReps),
            initStrategy,
            seed,
            ansatzName);
    }

    private HamiltonianTerm ReadTerm(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        string? label = null;
        Complex? coefficient = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("label"u8)) label = Member(ref reader, RawFieldNames.Label, ReadString);
            else if (reader.ValueTextEquals("coefficients"u8)) coefficient = Member(ref reader, RawFieldNames.Coefficients, ReadComplex);
            else SkipValue(ref reader);
        }
        return new HamiltonianTerm(Required(label, RawFieldNames.Label), Required(coefficient, RawFieldNames.Coefficients));
    }

    private Complex ReadComplex(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        double? real = null, imaginary = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("real"u8)) real = Member(ref reader, RawFieldNames.Real, ReadDouble);
            else if (reader.ValueTextEquals("imaginary"u8)) imaginary = Member(ref reader, RawFieldNames.Imaginary, ReadDouble);
            else SkipValue(ref reader);
        }
        return new Complex(Required(real, RawFieldNames.Real), Required(imaginary, RawFieldNames.Imaginary));
    }

    private VqeIteration ReadIteration(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        int? iteration = null;
        List<double>? parameters = null;
        double? result = null, std = null, energyDelta = null, parameterDeltaNorm = null, cumulativeMin = null;
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("iteration"u8)) iteration = Member(ref reader, RawFieldNames.Iteration, ReadInt);
            else if (reader.ValueTextEquals("parameters"u8)) parameters = Member(ref reader, RawFieldNames.Parameters, _readParameters);
            else if (reader.ValueTextEquals("result"u8)) result = Member(ref reader, RawFieldNames.Result, ReadDouble);
            else if (reader.ValueTextEquals("std"u8)) std = Member(ref reader, RawFieldNames.Std, ReadDouble);
            else if (reader.ValueTextEquals("energy_delta"u8)) energyDelta = Member(ref reader, RawFieldNames.EnergyDelta, ReadOptionalDouble);
            else if (reader.ValueTextEquals("parameter_delta_norm"u8)) parameterDeltaNorm = Member(ref reader, RawFieldNames.ParameterDeltaNorm, ReadOptionalDouble);
            else if (reader.ValueTextEquals("cumulative_min_energy"u8)) cumulativeMin = Member(ref reader, RawFieldNames.CumulativeMinEnergy, ReadOptionalDouble);
            else SkipValue(ref reader);
        }
        return new VqeIteration(
            Required(iteration, RawFieldNames.Iteration),
            Required(parameters, RawFieldNames.Parameters),
            Required(result, RawFieldNames.Result),
            Required(std, RawFieldNames.Std),
            energyDelta,
            parameterDeltaNorm,
            cumulativeMin);
    }

    private List<double> ReadParameters(ref Utf8JsonReader reader)
    {
        var list = ReadList(ref reader, _parameterCountHint, ReadDouble);
        if (list.Count is > 0 and <= 4096) _parameterCountHint = list.Count;
        return list;
    }

    private List<double>? ReadOptionalDoubles(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadList(ref reader, 4, ReadDouble);

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Positions on the member's value, reads it with the member's name on the path, and leaves the reader on its last token.</summary>
    private T Member<T>(ref Utf8JsonReader reader, string name, ValueReader<T> read)
    {
        ExpectFirst(reader, name);
        Path.PushMember(name);
        reader.Read();
        var value = read(ref reader);
        Path.Pop();
        return value;
    }

    private List<T> ReadList<T>(ref Utf8JsonReader reader, int capacity, ValueReader<T> readItem)
    {
        ExpectStart(ref reader, JsonTokenType.StartArray);
        var list = new List<T>(capacity);
        Path.PushIndex(0);
        while (true)
        {
            Path.SetIndex(list.Count);
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray) break;
            list.Add(readItem(ref reader));
        }
        Path.Pop();
        return list;
    }

    /// <summary>Moves to the next member name of the current object; false at its end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private void SkipValue(ref Utf8JsonReader reader)
    {
        ExpectFirst(reader, reader.GetString()!);
        reader.Read();
        reader.Skip();
    }

    private T Required<T>(T? value, string name) where T : class
    {
        if (value is not null) return value;
        Path.PushMember(name);
        throw new RawRecordFormatException(Missing);
    }

    private T Required<T>(T? value, string name) where T : struct
    {
        if (value is { } present) return present;
        Path.PushMember(name);
        throw new RawRecordFormatException(Missing);
    }

    private void ExpectStart(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected) throw WrongType(expected == JsonTokenType.StartObject ? "an object" : "an array", reader);
        if (expected == JsonTokenType.StartObject)
            MembersAt(reader.CurrentDepth + 1).Clear();
    }

    /// <summary>The member names seen so far in the object whose members are at <paramref name="depth"/>.</summary>
    private HashSet<string> MembersAt(int depth)
    {
        while (_members.Count <= depth)
            _members.Add(new HashSet<string>(StringComparer.Ordinal));
        return _members[depth];
    }

    /// <summary>A second member of one name in one object: which one a reader keeps differs between tools, so the file is refused.</summary>
    private void ExpectFirst(in Utf8JsonReader reader, string name)
    {
        if (MembersAt(reader.CurrentDepth).Add(name))
            return;
        Path.PushMember(name);
        throw new RawRecordFormatException($"duplicate key '{name}': the member appears twice in one object");
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw WrongType("a string", reader);
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // The reader checks a string's UTF-8 and its \u escapes only when it is decoded.
            throw new RawRecordFormatException(e.InnerException is DecoderFallbackException
                ? "invalid UTF-8 in a string"
                : "invalid \\u escape in a string (unpaired UTF-16 surrogate)");
        }
    }

    private static string? ReadOptionalString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader);

    private static double ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw WrongType("a number", reader);
        if (reader.TryGetDouble(out var value) && double.IsFinite(value)) return value;
        throw new RawRecordFormatException($"{NumberText(reader)} is out of range for a double");
    }

    private static double? ReadOptionalDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDouble(ref reader);

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw WrongType("an integer", reader);
        if (reader.TryGetInt32(out var value)) return value;
        // Integral values written with a fraction or exponent (3.0, 1e3) are still integers.
        if (reader.TryGetDouble(out var number) && double.IsFinite(number))
        {
            if (Math.Floor(number) != number) throw new RawRecordFormatException($"{NumberText(reader)} is not an integer");
            if (number is >= int.MinValue and <= int.MaxValue) return (int)number;
        }
        throw new RawRecordFormatException($"{NumberText(reader)} is out of range for an int (32-bit)");
    }

    private static int? ReadOptionalInt(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt(ref reader);

    private static bool? ReadOptionalBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("a boolean", reader),
    };

    private static string NumberText(in Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan);

    private static RawRecordFormatException WrongType(string expected, in Utf8JsonReader reader)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        return new RawRecordFormatException($"expected {expected}, found {found}");
    }
}
