namespace Lineage.Materializers.Raw;

/// <summary>Why a raw file was rejected: the file, the JSON path reached (<c>$</c> for the top level) and the problem.</summary>
public sealed record RawRecordError(string File, string JsonPath, string Problem)
{
    public override string ToString() => $"{File}: {JsonPath}: {Problem}";
}
