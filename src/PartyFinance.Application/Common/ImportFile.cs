using System.Security.Cryptography;

namespace PartyFinance.Application.Common;

/// <summary>
/// What an import reads: the content and the name errors are reported under (a file name, an
/// upload's name). The edge opens it and owns the stream; use cases never see a path. The SHA-256
/// recorded with the import batch is taken from the content itself, before it is parsed.
/// </summary>
public sealed class ImportFile(Stream content, string name)
{
    private Stream _content = content;
    private string? _sha;

    public string Name { get; } = name;

    public static ImportFile FromText(string text, string name) => new(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), name);

    /// <summary>
    /// The content from its start, as a stream a reader may dispose without closing the content. A
    /// stream that cannot seek is buffered once so it can be read again.
    /// </summary>
    public Stream Open()
    {
        Rewind();
        return new Unclosable(_content);
    }

    /// <summary>The content as CSV records, every refusal naming this file.</summary>
    public CsvReader OpenCsv() => new(Open(), Name);

    /// <summary>The content as text, with the CSV reader's encoding check.</summary>
    public TextReader OpenText() => CsvReader.OpenText(Open(), Name);

    public string Sha256()
    {
        if (_sha is null)
        {
            Rewind();
            _sha = Convert.ToHexStringLower(SHA256.HashData(_content));
            _content.Position = 0;
        }

        return _sha;
    }

    private void Rewind()
    {
        if (!_content.CanSeek)
        {
            var buffer = new MemoryStream();
            _content.CopyTo(buffer);
            _content = buffer;
        }

        _content.Position = 0;
    }

    /// <summary>Reads through to the content; disposing it leaves the content open for the next reader.</summary>
    private sealed class Unclosable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
