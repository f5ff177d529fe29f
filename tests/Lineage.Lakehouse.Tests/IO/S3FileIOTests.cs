using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>
/// The contract against the local S3 server with the default setting: the probe finds that the server ignores
/// conditional puts, so create-if-absent goes through the commit lock.
/// </summary>
public sealed class S3FileIOTests : FileIOContract, IDisposable
{
    private readonly S3FileIO _io = new(S3TestServer.Settings(), new LocalCommitLock());

    protected override IFileIO Io => _io;

    protected override string Root { get; } = S3TestServer.NewRoot();

    public void Dispose() => _io.Dispose();
}
