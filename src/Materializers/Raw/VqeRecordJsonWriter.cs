using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Materializers.Raw;

/// <summary>
/// Writes a <see cref="VqeDecoratedResult"/> as the producer's compact JSON, streaming to a stream.
/// Member order and names follow the producer; optional members are always present, as JSON null when absent.
/// Doubles use the shortest round-trippable invariant form (integral values keep a <c>.0</c>).
/// </summary>
public static class VqeRecordJsonWriter
{
    private const int FlushThreshold = 32 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        // Keeps quotes in the QASM text and non-ASCII parameter names readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(Stream stream, VqeDecoratedResult record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(record);
        await using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        await WriteVqeResultAsync(json, record.VqeResult, cancellationToken);
        json.WritePropertyName(RawFieldNames.Molecule);
        WriteMolecule(json, record.Molecule);
        json.WriteString(RawFieldNames.BasisSet, record.BasisSet);
        WriteDouble(json, RawFieldNames.HamiltonianTime, record.HamiltonianTime);
        WriteDouble(json, RawFieldNames.MappingTime, record.MappingTime);
        WriteDouble(json, RawFieldNames.VqeTime, record.VqeTime);
        WriteDouble(json, RawFieldNames.TotalTime, record.TotalTime);
        json.WriteNumber(RawFieldNames.MoleculeId, record.MoleculeId);
        WriteNullableString(json, RawFieldNames.PerformanceStart, record.PerformanceStart);
        WriteNullableString(json, RawFieldNames.PerformanceEnd, record.PerformanceEnd);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static async Task WriteVqeResultAsync(Utf8JsonWriter json, VqeResult result, CancellationToken cancellationToken)
    {
        json.WriteStartObject(RawFieldNames.VqeResult);
        await WriteInitialDataAsync(json, result.InitialData, cancellationToken);
        json.WriteStartArray(RawFieldNames.IterationList);
        foreach (var iteration in result.IterationList)
        {
            WriteIteration(json, iteration);
            await FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        WriteDouble(json, RawFieldNames.Minimum, result.Minimum);
        WriteDoubles(json, RawFieldNames.OptimalParameters, result.OptimalParameters);
        WriteNullableDouble(json, RawFieldNames.Maxcv, result.Maxcv);
        WriteDouble(json, RawFieldNames.MinimizationTime, result.MinimizationTime);
        WriteNullableDouble(json, RawFieldNames.NuclearRepulsionEnergy, result.NuclearRepulsionEnergy);
        if (result.Success is { } success) json.WriteBoolean(RawFieldNames.Success, success);
        else json.WriteNull(RawFieldNames.Success);
        WriteNullableInt(json, RawFieldNames.Nfev, result.Nfev);
        WriteNullableInt(json, RawFieldNames.Nit, result.Nit);
        json.WriteEndObject();
    }

    private static async Task WriteInitialDataAsync(Utf8JsonWriter json, VqeInitialData data, CancellationToken cancellationToken)
    {
        json.WriteStartObject(RawFieldNames.InitialData);
        json.WriteString(RawFieldNames.Backend, data.Backend);
        json.WriteNumber(RawFieldNames.NumQubits, data.NumQubits);
        json.WriteStartArray(RawFieldNames.Hamiltonian);
        foreach (var term in data.Hamiltonian)
        {
            json.WriteStartObject();
            json.WriteString(RawFieldNames.Label, term.Label);
            json.WriteStartObject(RawFieldNames.Coefficients);
            WriteDouble(json, RawFieldNames.Real, term.Coefficient.Real);
            WriteDouble(json, RawFieldNames.Imaginary, term.Coefficient.Imaginary);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        json.WriteNumber(RawFieldNames.NumParameters, data.NumParameters);
        WriteDoubles(json, RawFieldNames.InitialParameters, data.InitialParameters);
        json.WriteString(RawFieldNames.Optimizer, data.Optimizer);
        json.WriteString(RawFieldNames.Ansatz, data.Ansatz);
        json.WriteNumber(RawFieldNames.AnsatzReps, data.AnsatzReps);
        json.WriteString(RawFieldNames.NoiseBackend, data.NoiseBackend);
        WriteNullableInt(json, RawFieldNames.DefaultShots, data.DefaultShots);
        WriteNullableString(json, RawFieldNames.InitStrategy, data.InitStrategy);
        WriteNullableInt(json, RawFieldNames.Seed, data.Seed);
        WriteNullableString(json, RawFieldNames.AnsatzName, data.AnsatzName);
        json.WriteBoolean(RawFieldNames.ExactEstimator, data.DefaultShots is null);
        json.WriteEndObject();
    }

    private static void WriteIteration(Utf8JsonWriter json, VqeIteration iteration)
    {
        json.WriteStartObject();
        json.WriteNumber(RawFieldNames.Iteration, iteration.Iteration);
        WriteDoubles(json, RawFieldNames.Parameters, iteration.Parameters);
        WriteDouble(json, RawFieldNames.Result, iteration.Result);
        WriteDouble(json, RawFieldNames.Std, iteration.Std);
        WriteNullableDouble(json, RawFieldNames.EnergyDelta, iteration.EnergyDelta);
        WriteNullableDouble(json, RawFieldNames.ParameterDeltaNorm, iteration.ParameterDeltaNorm);
        WriteNullableDouble(json, RawFieldNames.CumulativeMinEnergy, iteration.CumulativeMinEnergy);
        json.WriteEndObject();
    }

    private static void WriteMolecule(Utf8JsonWriter json, MoleculeInfo molecule)
    {
        var data = molecule.MoleculeData;
        json.WriteStartObject();
        json.WriteStartObject(RawFieldNames.MoleculeData);
        json.WriteStartArray(RawFieldNames.Symbols);
        foreach (var symbol in data.Symbols)
            json.WriteStringValue(symbol);
        json.WriteEndArray();
        json.WriteStartArray(RawFieldNames.Coords);
        foreach (var point in data.Coords)
            WriteDoubleArray(json, RawFieldNames.Coords, point);
        json.WriteEndArray();
        json.WriteNumber(RawFieldNames.Multiplicity, data.Multiplicity);
        json.WriteNumber(RawFieldNames.Charge, data.Charge);
        json.WriteString(RawFieldNames.Units, data.Units);
        if (data.Masses is { } masses) WriteDoubles(json, RawFieldNames.Masses, masses);
        else json.WriteNull(RawFieldNames.Masses);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken) =>
        json.BytesPending >= FlushThreshold ? new ValueTask(json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;

    private static void WriteDoubles(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WritePropertyName(name);
        WriteDoubleArray(json, name, values);
    }

    private static void WriteDoubleArray(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
            WriteDoubleValue(json, name, value);
        json.WriteEndArray();
    }

    private static void WriteDouble(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteDoubleValue(json, name, value);
    }

    private static void WriteNullableDouble(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) WriteDouble(json, name, v);
        else json.WriteNull(name);
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
        else json.WriteNull(name);
    }

    private static void WriteDoubleValue(Utf8JsonWriter json, string name, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException(
                $"Raw VQE record member '{name}' holds {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot represent: use a finite number.");
        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        if (text[..length].IndexOfAny(".E"u8) < 0)
        {
            ".0"u8.CopyTo(text[length..]);
            length += 2;
        }
        json.WriteRawValue(text[..length], skipInputValidation: true);
    }
}
