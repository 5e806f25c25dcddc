using System.Text;
using PartyFinance.Application.Ledger;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The lines of a book read ahead of its turn, kept in a temporary file (deleted when closed) rather than in memory:
/// when several books come from one read of the ledger, the first is written into the sheet as it is read and the
/// others wait here, a few dozen bytes a line.
/// </summary>
internal sealed class BookSpool : IDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"pf-book-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
        FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);

    private readonly BinaryWriter _writer;

    public BookSpool() => _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);

    public long Count { get; private set; }

    public void Add(LedgerBookEntry e)
    {
        _writer.Write(e.Date.DayNumber);
        _writer.Write(e.Number);
        _writer.Write(e.Description);
        _writer.Write(e.Account);
        _writer.Write(e.Contra);
        _writer.Write(e.Debit);
        _writer.Write(e.Credit);
        Count++;
    }

    /// <summary>The lines in the order they were added.</summary>
    public IEnumerable<LedgerBookEntry> Replay()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        string account = string.Empty, contra = string.Empty;
        for (long i = 0; i < Count; i++)
        {
            var date = DateOnly.FromDayNumber(reader.ReadInt32());
            var (number, description) = (reader.ReadString(), reader.ReadString());
            // Accounts repeat from line to line: keep one string of each run.
            var a = reader.ReadString();
            account = a == account ? account : a;
            var c = reader.ReadString();
            contra = c == contra ? contra : c;
            yield return new LedgerBookEntry(date, number, description, account, contra, reader.ReadInt64(), reader.ReadInt64());
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
