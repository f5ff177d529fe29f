using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The identity of a VQE experiment: the lowercase hex SHA-256 of the UTF-8 bytes of a canonical JSON of
/// <c>{molecule_data, basis_set, initial_data}</c>. Iterations, results and timings do not take part, so a re-run of the
/// same experiment gets the same id. The canonical form (also in EXPERIMENT_ID.md next to this file):
/// <list type="bullet">
/// <item>One object <c>{"basis_set":…,"initial_data":{…},"molecule_data":{…}}</c>; every object's keys in ordinal (byte) order; no whitespace anywhere.</item>
/// <item><c>molecule_data</c>: <c>charge, coords, masses, multiplicity, symbols, units</c>.
/// <c>initial_data</c>: <c>ansatz, ansatz_name, ansatz_reps, backend, default_shots, hamiltonian, init_strategy, initial_parameters,
/// noise_backend, num_parameters, num_qubits, optimizer, seed</c>. A Hamiltonian term: <c>{"coefficients":{"imaginary":…,"real":…},"label":…}</c>.
/// Every declared member is always written; a null (absent) optional member is <c>null</c>. Arrays keep their order.</item>
/// <item>Ints in plain decimal. A double that is integral with magnitude below 2^53 is written as a plain integer (<c>2.0</c> → <c>2</c>,
/// <c>-0.0</c> → <c>0</c>); any other double in .NET's shortest round-trip invariant form (<c>"R"</c>: e.g. <c>0.7414</c>, <c>1E-17</c>, <c>1.5E+300</c>).
/// Non-finite doubles are refused.</item>
/// <item>Strings in double quotes escaping only <c>"</c> as <c>\"</c>, <c>\</c> as <c>\\</c>, and U+0000–U+001F
/// (<c>\b \t \n \f \r</c> for those five, <c>\u00xx</c> with lowercase hex for the rest); everything else is raw UTF-8.</item>
/// </list>
/// </summary>
public static class ExperimentId
{
    public static string Compute(VqeDecoratedResult record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson(record))));
    }

    /// <summary>The canonical JSON text that <see cref="Compute"/> hashes.</summary>
    public static string CanonicalJson(VqeDecoratedResult record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = new StringBuilder(1024);
        json.Append("{\"basis_set\":");
        AppendString(json, record.BasisSet);
        json.Append(",\"initial_data\":");
        AppendInitialData(json, record.VqeResult.InitialData);
        json.Append(",\"molecule_data\":");
        AppendMoleculeData(json, record.Molecule.MoleculeData);
        json.Append('}');
        return json.ToString();
    }

    private static void AppendInitialData(StringBuilder json, VqeInitialData data)
    {
        json.Append("{\"ansatz\":");
        AppendString(json, data.Ansatz);
        json.Append(",\"ansatz_name\":");
        AppendString(json, data.AnsatzName);
        json.Append(",\"ansatz_reps\":");
        AppendInt(json, data.AnsatzReps);
        json.Append(",\"backend\":");
        AppendString(json, data.Backend);
        json.Append(",\"default_shots\":");
        AppendInt(json, data.DefaultShots);
        json.Append(",\"hamiltonian\":[");
        for (var i = 0; i < data.Hamiltonian.Count; i++)
        {
            var term = data.Hamiltonian[i];
            if (i > 0) json.Append(',');
            json.Append("{\"coefficients\":{\"imaginary\":");
            AppendDouble(json, term.Coefficient.Imaginary);
            json.Append(",\"real\":");
            AppendDouble(json, term.Coefficient.Real);
            json.Append("},\"label\":");
            AppendString(json, term.Label);
            json.Append('}');
        }
        json.Append("],\"init_strategy\":");
        AppendString(json, data.InitStrategy);
        json.Append(",\"initial_parameters\":");
        AppendDoubles(json, data.InitialParameters);
        json.Append(",\"noise_backend\":");
        AppendString(json, data.NoiseBackend);
        json.Append(",\"num_parameters\":");
        AppendInt(json, data.NumParameters);
        json.Append(",\"num_qubits\":");
        AppendInt(json, data.NumQubits);
        json.Append(",\"optimizer\":");
        AppendString(json, data.Optimizer);
        json.Append(",\"seed\":");
        AppendInt(json, data.Seed);
        json.Append('}');
    }

    private static void AppendMoleculeData(StringBuilder json, MoleculeData data)
    {
        json.Append("{\"charge\":");
        AppendInt(json, data.Charge);
        json.Append(",\"coords\":[");
        for (var i = 0; i < data.Coords.Count; i++)
        {
            if (i > 0) json.Append(',');
            AppendDoubles(json, data.Coords[i]);
        }
        json.Append("],\"masses\":");
        AppendDoubles(json, data.Masses);
        json.Append(",\"multiplicity\":");
        AppendInt(json, data.Multiplicity);
        json.Append(",\"symbols\":[");
        for (var i = 0; i < data.Symbols.Count; i++)
        {
            if (i > 0) json.Append(',');
            AppendString(json, data.Symbols[i]);
        }
        json.Append("],\"units\":");
        AppendString(json, data.Units);
        json.Append('}');
    }

    private static void AppendDoubles(StringBuilder json, IReadOnlyList<double>? values)
    {
        if (values is null)
        {
            json.Append("null");
            return;
        }
        json.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) json.Append(',');
            AppendDouble(json, values[i]);
        }
        json.Append(']');
    }

    private const double ExactIntegerLimit = 9007199254740992d; // 2^53

    private static void AppendDouble(StringBuilder json, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException(
                $"An experiment id cannot be computed from the non-finite number {value.ToString(CultureInfo.InvariantCulture)}: fix the record's molecule or initial data.");
        if (Math.Floor(value) == value && Math.Abs(value) < ExactIntegerLimit)
            json.Append(((long)value).ToString(CultureInfo.InvariantCulture));
        else
            json.Append(value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void AppendInt(StringBuilder json, int? value)
    {
        if (value is { } v) json.Append(v.ToString(CultureInfo.InvariantCulture));
        else json.Append("null");
    }

    private static void AppendString(StringBuilder json, string? value)
    {
        if (value is null)
        {
            json.Append("null");
            return;
        }
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\t': json.Append("\\t"); break;
                case '\n': json.Append("\\n"); break;
                case '\f': json.Append("\\f"); break;
                case '\r': json.Append("\\r"); break;
                case < ' ': json.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }
        json.Append('"');
    }
}
