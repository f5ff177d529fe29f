using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lineage.Materializers.Generation;

/// <summary>
/// A system-metrics snapshot as the producer's monitor takes it before and after a run, serialised to a JSON string
/// (the raw record carries it as text).
/// </summary>
internal static class PerformanceSnapshot
{
    public static string Create(RandomSource random, DateTimeOffset takenAt, ExperimentSetup setup, bool gpu)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            // The producer writes a naive local ISO timestamp with microseconds; our generated clocks run in UTC.
            json.WriteString("timestamp", takenAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
            json.WriteString("container_type", gpu ? "gpu" : "cpu");
            json.WriteStartObject("experiment_context");
            json.WriteNumber("molecule_id", setup.Molecule.MoleculeId);
            json.WriteString("molecule_symbols", string.Concat(setup.MoleculeData.Symbols));
            json.WriteString("basis_set", setup.Basis.BasisSet);
            json.WriteString("optimizer", setup.InitialData.Optimizer);
            json.WriteString("backend_type", gpu ? "GPU" : "CPU");
            json.WriteEndObject();
            json.WriteStartObject("system");
            json.WriteStartObject("cpu");
            json.WriteNumber("percent", random.NextInt(30, 1000) / 10.0);
            json.WriteNumber("count", gpu ? 16 : 8);
            json.WriteEndObject();
            json.WriteStartObject("memory");
            var total = (gpu ? 64L : 32L) << 30;
            var used = (long)(total * random.Uniform(0.2, 0.8));
            json.WriteNumber("total", total);
            json.WriteNumber("used", used);
            json.WriteNumber("percent", used * 1000 / total / 10.0);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
