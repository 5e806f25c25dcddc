using System.Buffers;
using System.Globalization;
using System.Text;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// Passes an import file's bytes through and refuses, at the first byte that is not UTF-8, with the
/// row it sits on: a Windows-1258 or Latin-1 file is never stored as U+FFFD garbage. A file that
/// starts with a UTF-16 byte order mark is left to the reader's UTF-16 decoder; a UTF-8 one is fine.
/// Sequences split across reads are carried over, so the check costs one pass over the bytes.
/// </summary>
internal sealed class Utf8GuardStream(Stream inner, string? file) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private int _carried;
    private int _row = 1;
    private long _offset;
    private bool? _utf16;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _offset; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n], n == 0);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..n], n == 0);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Check(ReadOnlySpan<byte> bytes, bool atEnd)
    {
        if (_utf16 is null && (bytes.Length >= 2 || atEnd))
        {
            _utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        }

        if (_utf16 == true)
        {
            return;
        }

        // The bytes left over from the last read (an unfinished sequence) go first.
        var work = bytes;
        byte[]? rented = null;
        if (_carried > 0)
        {
            rented = ArrayPool<byte>.Shared.Rent(_carried + bytes.Length);
            _carry.AsSpan(0, _carried).CopyTo(rented);
            bytes.CopyTo(rented.AsSpan(_carried));
            work = rented.AsSpan(0, _carried + bytes.Length);
        }

        try
        {
            var start = _offset - _carried;
            _carried = 0;
            while (work.Length > 0)
            {
                var status = Rune.DecodeFromUtf8(work, out _, out var used);
                if (status == OperationStatus.NeedMoreData && !atEnd)
                {
                    work.CopyTo(_carry);
                    _carried = work.Length;
                    break;
                }

                if (status != OperationStatus.Done)
                {
                    throw new CsvFormatException(file, new DomainError(ImportErrors.BadEncoding,
                        $"Tệp không phải UTF-8: byte 0x{work[0].ToString("X2", CultureInfo.InvariantCulture)} ở vị trí {(start + 1).ToString(CultureInfo.InvariantCulture)} " +
                        "không thuộc một ký tự UTF-8. Hãy lưu lại tệp dưới dạng CSV UTF-8 (hoặc UTF-16).", Row: _row));
                }

                if (work[0] == (byte)'\n')
                {
                    _row++;
                }

                // Plain ASCII runs are skipped in one step.
                var ascii = used == 1 ? work[1..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F) : 0;
                var skip = ascii < 0 ? work.Length - 1 : ascii;
                if (skip > 0)
                {
                    _row += work.Slice(1, skip).Count((byte)'\n');
                }

                work = work[(used + skip)..];
                start += used + skip;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        _offset += bytes.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
