using System.Collections;
using System.Text;

namespace Lineage.Lakehouse.Avro.Files;

/// <summary>
/// The metadata of an object container file: string keys with byte values (<c>avro.schema</c>, <c>avro.codec</c>
/// and any custom keys, such as Iceberg's <c>schema</c>, <c>partition-spec</c> or <c>format-version</c>).
/// </summary>
public sealed class AvroMetadata : IReadOnlyDictionary<string, byte[]>
{
    private readonly Dictionary<string, byte[]> _entries;

    public AvroMetadata(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
            _entries[key] = value ?? throw new ArgumentException($"Metadata key '{key}' has a null value.", nameof(entries));
    }

    public static AvroMetadata Empty { get; } = new([]);

    /// <summary>Metadata whose values are the UTF-8 encodings of strings.</summary>
    public static AvroMetadata FromStrings(IEnumerable<KeyValuePair<string, string>> entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, Encoding.UTF8.GetBytes(e.Value))));

    /// <summary>The value of <paramref name="key"/> decoded as UTF-8, or null when the key is absent.</summary>
    public string? GetString(string key) => _entries.TryGetValue(key, out var value) ? Encoding.UTF8.GetString(value) : null;

    public byte[] this[string key] => _entries[key];

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<byte[]> Values => _entries.Values;

    public int Count => _entries.Count;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out byte[] value) =>
        _entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
