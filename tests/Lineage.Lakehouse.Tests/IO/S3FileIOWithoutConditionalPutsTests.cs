using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>The contract against the local S3 server with conditional puts declared absent (no probe): always the commit lock.</summary>
public sealed class S3FileIOWithoutConditionalPutsTests : FileIOContract, IDisposable
{
    private readonly S3FileIO _io = new(S3TestServer.Settings(ConditionalPuts.Off), new LocalCommitLock());

    protected override IFileIO Io => _io;

    protected override string Root { get; } = S3TestServer.NewRoot();

    public void Dispose() => _io.Dispose();
}
