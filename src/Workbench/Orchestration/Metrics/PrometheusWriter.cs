using System.Globalization;
using System.Text;

namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>
/// Writes metrics in the Prometheus text exposition format 0.0.4: per metric a <c># HELP</c> and a <c># TYPE</c>
/// line, then one line per sample, <c>name{label="value",…} value</c>. Label values escape backslash, double quote and
/// line feed; help text escapes backslash and line feed.
/// </summary>
public sealed class PrometheusWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public PrometheusWriter Gauge(string name, string help, double value) => Gauge(name, help, [PrometheusSample.Of(value)]);

    public PrometheusWriter Gauge(string name, string help, IEnumerable<PrometheusSample> samples) => Family(name, help, "gauge", samples);

    public PrometheusWriter Counter(string name, string help, double value) => Counter(name, help, [PrometheusSample.Of(value)]);

    public PrometheusWriter Counter(string name, string help, IEnumerable<PrometheusSample> samples) => Family(name, help, "counter", samples);

    /// <summary>
    /// A histogram of <paramref name="observations"/>: one cumulative <c>_bucket</c> per upper bound (each counts the
    /// observations ≤ it) and <c>le="+Inf"</c>, then <c>_sum</c> and <c>_count</c>.
    /// </summary>
    public PrometheusWriter Histogram(string name, string help, IReadOnlyList<double> upperBounds, IEnumerable<double> observations)
    {
        var bounds = upperBounds.Order().ToList();
        if (bounds.Count == 0 || bounds.Distinct().Count() != bounds.Count || bounds.Any(b => double.IsNaN(b) || double.IsInfinity(b)))
            throw new ArgumentException($"Histogram {name} needs distinct, finite upper bounds.", nameof(upperBounds));
        var counts = new long[bounds.Count];
        long count = 0;
        double sum = 0;
        foreach (var observation in observations)
        {
            count++;
            sum += observation;
            var bucket = bounds.BinarySearch(observation);
            for (var i = bucket >= 0 ? bucket : ~bucket; i < counts.Length; i++)
                counts[i]++;
        }

        Header(name, help, "histogram");
        for (var i = 0; i < bounds.Count; i++)
            Line(name + "_bucket", PrometheusSample.Of(counts[i], ("le", Number(bounds[i]))));
        Line(name + "_bucket", PrometheusSample.Of(count, ("le", "+Inf")));
        Line(name + "_sum", PrometheusSample.Of(sum));
        Line(name + "_count", PrometheusSample.Of(count));
        return this;
    }

    public override string ToString() => _text.ToString();

    private PrometheusWriter Family(string name, string help, string type, IEnumerable<PrometheusSample> samples)
    {
        Header(name, help, type);
        foreach (var sample in samples)
            Line(name, sample);
        return this;
    }

    private void Header(string name, string help, string type)
    {
        if (!IsName(name, allowColon: true))
            throw new ArgumentException($"'{name}' is not a valid metric name: use letters, digits, '_' and ':', not starting with a digit.", nameof(name));
        if (!_written.Add(name))
            throw new InvalidOperationException($"Metric {name} was already written; write all its samples at once.");
        _text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    private void Line(string name, PrometheusSample sample)
    {
        _text.Append(name);
        if (sample.Labels.Count > 0)
        {
            _text.Append('{');
            for (var i = 0; i < sample.Labels.Count; i++)
            {
                var (label, value) = sample.Labels[i];
                if (!IsName(label, allowColon: false) || label.StartsWith("__", StringComparison.Ordinal))
                    throw new ArgumentException($"'{label}' is not a valid label name of metric {name}.", nameof(sample));
                if (i > 0)
                    _text.Append(',');
                _text.Append(label).Append("=\"").Append(EscapeLabelValue(value)).Append('"');
            }
            _text.Append('}');
        }
        _text.Append(' ').Append(Number(sample.Value)).Append('\n');
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeHelp(string help) => help.Replace("\\", @"\\").Replace("\n", @"\n");

    private static string EscapeLabelValue(string value) => value.Replace("\\", @"\\").Replace("\"", "\\\"").Replace("\n", @"\n");

    private static bool IsName(string name, bool allowColon) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':'));
}
