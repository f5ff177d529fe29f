using System.Numerics;
using System.Text.Json;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Raw;

/// <summary>Hand-built raw records for writer tests, and a way to read what the writer produced.</summary>
internal static class SampleRecords
{
    public static VqeDecoratedResult H2(bool withOptionals) =>
        new(
            new VqeResult(
                new VqeInitialData(
                    "aer_simulator_statevector",
                    4,
                    [new HamiltonianTerm("IIII", new Complex(-0.81054798, 0.0)), new HamiltonianTerm("IIZZ", new Complex(0.12091263, 1e-17))],
                    2,
                    [0.5, 6.0],
                    "COBYLA",
                    "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput float[64] _θ_0_;\n",
                    "undef",
                    withOptionals ? 1024 : null,
                    1,
                    withOptionals ? "hf" : null,
                    withOptionals ? 7 : null,
                    withOptionals ? "RealAmplitudes" : null),
                [
                    new VqeIteration(1, [0.5, 6.0], -1.2, 0.01, null, null, -1.2),
                    new VqeIteration(2, [0.25, 5.5], -1.8, 0.02, -0.6, 0.5590169943749475, withOptionals ? -1.8 : null),
                ],
                -1.8,
                [0.25, 5.5],
                withOptionals ? 0.0 : null,
                1.25,
                withOptionals ? 0.7199689944489797 : null,
                withOptionals ? true : null,
                withOptionals ? 2 : null,
                withOptionals ? 1 : null),
            new MoleculeInfo(new MoleculeData(
                ["H", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.7414]], 1, 0, "angstrom", withOptionals ? [1.008, 1.008] : null)),
            "sto3g",
            0.1,
            0.02,
            1.5,
            1.75,
            0,
            withOptionals ? "{\"timestamp\": \"2026-11-18T00:00:00\"}" : null,
            withOptionals ? "{\"timestamp\": \"2026-11-18T00:00:02\"}" : null);

    public static async Task<string> ToJsonAsync(VqeDecoratedResult record)
    {
        using var stream = new MemoryStream();
        await VqeRecordJsonWriter.WriteAsync(stream, record);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static async Task<JsonDocument> ToDocumentAsync(VqeDecoratedResult record) =>
        JsonDocument.Parse(await ToJsonAsync(record));

    public static string[] MemberNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).ToArray();
}
