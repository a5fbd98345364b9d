using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReferralSim.Load.BaselineHub;

/// <summary>
/// The least any hub must do to make a message durable before anyone sees it, for the baseline
/// started with <c>--durable FILE</c>: one page-sized write into a file reused in place (as SQLite
/// reuses its WAL between checkpoints), then <c>fdatasync</c> (what SQLite's
/// <c>synchronous=FULL</c> does at every commit), one message at a time. No database, no batching:
/// a lower bound on what durability costs on this disk, so the load tool can tell that cost apart
/// from what ReferralSim adds on top of it.
/// </summary>
public sealed partial class DurableLog : IDisposable
{
    private const int RecordBytes = 4096; // one SQLite page
    private const int Records = 1024; // a 4 MB file, as ReferralSim's WAL between checkpoints

    private readonly SafeFileHandle file;
    private readonly byte[] record = new byte[RecordBytes];
    private readonly Lock gate = new();
    private long written;

    public DurableLog(string path)
    {
        file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite);
        // Written once in full before the first message, so that every message overwrites blocks
        // the file already has and the sync never has to record a new size.
        for (var i = 0; i < Records; i++)
        {
            RandomAccess.Write(file, record, (long)i * RecordBytes);
        }

        SyncData();
    }

    /// <summary>Writes the message's record and returns once it is on disk.</summary>
    public void Append(long sequence)
    {
        lock (gate)
        {
            BinaryPrimitives.WriteInt64LittleEndian(record, sequence);
            RandomAccess.Write(file, record, (written++ % Records) * RecordBytes);
            SyncData();
        }
    }

    public void Dispose() => file.Dispose();

    private void SyncData()
    {
        if (FdataSync(file) != 0)
        {
            throw new IOException($"fdatasync failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FdataSync(SafeFileHandle file);
}
