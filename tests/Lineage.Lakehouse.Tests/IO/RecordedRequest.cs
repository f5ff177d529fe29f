namespace Lineage.Lakehouse.Tests.IO;

public sealed record RecordedRequest(string Method, string PathAndQuery, string? Range, string? IfNoneMatch, int Status, long ResponseLength);
