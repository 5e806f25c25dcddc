using System.Diagnostics;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// The workbook's file: written under a temporary name in the target's folder (so the rename stays on one file
/// system and is atomic), flushed to the disk, then renamed over the target. The kill tests stop the process
/// half-way through the writing (PARTYFINANCE_TEST_KILL_AT=export-partial) or just before the rename
/// (export-written): neither may leave half a workbook under the asked name.
/// </summary>
internal static class ExportFile
{
    public const string KillPartial = "export-partial";
    public const string KillWritten = "export-written";

    private static string? KillAt => Environment.GetEnvironmentVariable(KillSwitch.Variable);

    public static Stream Create(string temporary)
    {
        var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return KillAt == KillPartial ? new KilledAfterFirstWrites(file) : file;
    }

    public static void Publish(string temporary, string target)
    {
        using (var written = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            written.Flush(flushToDisk: true);
        }

        if (KillAt == KillWritten)
        {
            Process.GetCurrentProcess().Kill();
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Lets the first 64 KiB through to the disk, then kills the process in the middle of the workbook.</summary>
    private sealed class KilledAfterFirstWrites(FileStream inner) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _written += buffer.Length;
            if (_written >= 1 << 16)
            {
                inner.Flush(flushToDisk: true);
                Process.GetCurrentProcess().Kill();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
