using System.Globalization;

namespace Lineage.Workbench.Cli;

/// <summary>
/// The arguments after a verb's words: <c>--name value</c> options, <c>--flag</c> switches and positionals.
/// Every option a verb reads is marked used; <see cref="EnsureAllUsed"/> rejects the rest by name.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IReadOnlySet<string> switches)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) && !(arg.Length == 2 && arg[0] == '-' && char.IsLetter(arg[1])))
            {
                Positionals.Add(arg);
                continue;
            }
            var name = arg.TrimStart('-');
            var equals = name.IndexOf('=');
            if (equals >= 0)
                _options[name[..equals]] = name[(equals + 1)..];
            else if (switches.Contains(name))
                _options[name] = null;
            else if (i + 1 < list.Count)
                _options[name] = list[++i];
            else
                throw new CliUsageException($"Option --{name} needs a value.");
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Get(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"Missing required option --{name}.");

    public int GetInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Get(name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new CliUsageException($"Option --{name} must be a whole number from {min} to {max}, not '{text}'.");
        return value;
    }

    public DateOnly? GetDate(string name)
    {
        var text = Get(name);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"Option --{name} must be a date as yyyy-MM-dd, not '{text}'.");
    }

    public void EnsureAllUsed()
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new CliUsageException($"Unknown option{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
