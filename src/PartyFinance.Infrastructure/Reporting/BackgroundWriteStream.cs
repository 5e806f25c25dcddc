using System.Collections.Concurrent;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// A write-only stream that hands what is written to it, in chunks, to a thread of its own which writes them into the
/// inner stream: a sheet's XML is formatted on the caller's thread while the zip entry compresses the chunk before
/// on another core. At most <see cref="Depth"/> chunks wait, so memory stays bounded; a failure of the inner stream
/// surfaces on the caller's next write or on dispose. Disposing writes what is left, waits for the thread and
/// disposes the inner stream.
/// </summary>
internal sealed class BackgroundWriteStream : Stream
{
    private const int ChunkSize = 1 << 20;
    private const int Depth = 3;

    private readonly Stream _inner;
    private readonly BlockingCollection<(byte[] Chunk, int Count)> _full = new(Depth);
    private readonly BlockingCollection<byte[]> _free = new();
    private readonly CancellationTokenSource _failed = new();
    private readonly Thread _worker;
    private Exception? _error;
    private byte[] _chunk = new byte[ChunkSize];
    private int _count;
    private bool _disposed;

    public BackgroundWriteStream(Stream inner)
    {
        _inner = inner;
        _worker = new Thread(Drain) { IsBackground = true, Name = "workbook part writer" };
        _worker.Start();
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, _chunk.Length - _count);
            buffer[..n].CopyTo(_chunk.AsSpan(_count));
            _count += n;
            buffer = buffer[n..];
            if (_count == _chunk.Length)
            {
                Hand();
            }
        }
    }

    /// <summary>Chunks are handed over when full; flushing waits for nothing (the inner stream is flushed on dispose).</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            base.Dispose(disposing);
            return;
        }

        _disposed = true;
        try
        {
            if (_count > 0 && _error is null)
            {
                Hand();
            }
        }
        finally
        {
            _full.CompleteAdding();
            _worker.Join();
            _full.Dispose();
            _free.Dispose();
            _failed.Dispose();
            _inner.Dispose();
            base.Dispose(disposing);
        }

        if (_error is not null)
        {
            throw new IOException("Không ghi được phần của tệp bảng tính.", _error);
        }
    }

    private void Hand()
    {
        try
        {
            _full.Add((_chunk, _count), _failed.Token);
        }
        catch (OperationCanceledException)
        {
            throw new IOException("Không ghi được phần của tệp bảng tính.", _error);
        }

        _chunk = _free.TryTake(out var free) ? free : new byte[ChunkSize];
        _count = 0;
    }

    private void Drain()
    {
        try
        {
            foreach (var (chunk, count) in _full.GetConsumingEnumerable())
            {
                _inner.Write(chunk, 0, count);
                _free.Add(chunk);
            }
        }
        catch (Exception e)
        {
            // Kept and thrown on the caller's thread (a thread's unhandled exception would end the process).
            _error = e;
            _failed.Cancel();
        }
    }
}
