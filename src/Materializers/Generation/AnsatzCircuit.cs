using System.Globalization;
using System.Text;

namespace Lineage.Materializers.Generation;

/// <summary>
/// The hardware-efficient ansätze runs use, and their OpenQASM 3 text as a transpiled circuit on physical qubits.
/// EfficientSU2 has an RY and an RZ layer per block, RealAmplitudes an RY layer; blocks are separated by a
/// reverse-linear CX chain and there is one more block than repetitions.
/// </summary>
internal static class AnsatzCircuit
{
    public const string EfficientSu2 = "EfficientSU2";
    public const string RealAmplitudes = "RealAmplitudes";

    public static int ParameterCount(string ansatz, int qubits, int reps) => RotationLayers(ansatz).Length * qubits * (reps + 1);

    public static string ToQasm(string ansatz, int qubits, int reps)
    {
        var layers = RotationLayers(ansatz);
        var parameters = ParameterCount(ansatz, qubits, reps);
        var text = new StringBuilder();
        text.Append("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
        for (var p = 0; p < parameters; p++)
            text.Append(CultureInfo.InvariantCulture, $"input float[64] _θ_{p}_;\n");
        var next = 0;
        for (var block = 0; block <= reps; block++)
        {
            foreach (var gate in layers)
                for (var q = 0; q < qubits; q++)
                    text.Append(CultureInfo.InvariantCulture, $"{gate}(_θ_{next++}_) ${q};\n");
            if (block == reps)
                break;
            for (var q = qubits - 2; q >= 0; q--)
                text.Append(CultureInfo.InvariantCulture, $"cx ${q}, ${q + 1};\n");
        }
        return text.ToString();
    }

    private static string[] RotationLayers(string ansatz) => ansatz switch
    {
        EfficientSu2 => ["ry", "rz"],
        RealAmplitudes => ["ry"],
        _ => throw new ArgumentException($"Unknown ansatz '{ansatz}': use {EfficientSu2} or {RealAmplitudes}."),
    };
}
