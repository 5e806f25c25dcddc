using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// A posted voucher (chứng từ) and its journal lines. It can only come into being balanced and
/// valid, through <see cref="Post"/> or <see cref="Reverse"/>; it has no mutators. A mistake is
/// corrected by a reversing voucher that links back to it.
/// </summary>
public sealed class Voucher
{
    private readonly List<Posting> _postings;

    private Voucher(VoucherNumber number, VoucherDraft draft, IEnumerable<Posting> postings, string fingerprint,
        string postedBy, DateTimeOffset postedAt, VoucherNumber? reverses, string? reversalReason, long? amount, IReadOnlySet<string>? mirrored)
    {
        Number = number;
        Key = draft.Key;
        Date = draft.Date;
        UnitCode = draft.UnitCode;
        TypeCode = draft.TypeCode;
        Description = draft.Description;
        _postings = postings.ToList();
        Fingerprint = fingerprint;
        PostedBy = postedBy;
        PostedAt = postedAt;
        Reverses = reverses;
        ReversalReason = reversalReason;
        Amount = amount ?? MoneyMoved(_postings, mirrored ?? EmptySet);
    }

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    public VoucherNumber Number { get; }

    public string Key { get; }

    public DateOnly Date { get; }

    public string UnitCode { get; }

    public string TypeCode { get; }

    public string Description { get; }

    public IReadOnlyList<Posting> Postings => _postings;

    /// <summary>Content hash of the draft, used to tell a harmless re-post of the same key from a conflicting one.</summary>
    public string Fingerprint { get; }

    public string PostedBy { get; }

    public DateTimeOffset PostedAt { get; }

    public VoucherNumber? Reverses { get; }

    public string? ReversalReason { get; }

    /// <summary>The money the voucher moves (<see cref="MoneyMoved"/>); a reversal carries its original's amount.</summary>
    public long Amount { get; }

    /// <summary>
    /// The money a voucher moves: its on-balance debits less the debits that only mirror money
    /// already counted (<paramref name="mirrored"/>: the temporary-receipt accounts 337x, debited
    /// when withdrawn estimate is recognised as revenue). A cash payment of 12.500.000 đ with its
    /// revenue pair is 12.500.000 đ, not 25.000.000 đ. A purely off-balance voucher: the estimate it moves
    /// (the larger of its increases and decreases, so an advance settled with the Treasury counts once).
    /// </summary>
    public static long MoneyMoved(IEnumerable<Posting> postings, IReadOnlySet<string> mirrored)
    {
        long debits = 0, mirror = 0, offDebits = 0, offCredits = 0;
        foreach (var p in postings)
        {
            if (p.IsOffBalance)
            {
                (offDebits, offCredits) = p.Side == EntrySide.Debit ? (checked(offDebits + p.Amount), offCredits) : (offDebits, checked(offCredits + p.Amount));
            }
            else if (p.Side == EntrySide.Debit)
            {
                debits = checked(debits + p.Amount);
                mirror = mirrored.Contains(p.AccountCode) ? checked(mirror + p.Amount) : mirror;
            }
        }

        // Cash returned against a temporary receipt (Nợ 3371 / Có 1111) moves money although it only debits a mirror account.
        return debits > mirror ? debits - mirror : debits > 0 ? debits : Math.Max(offDebits, offCredits);
    }

    /// <summary>
    /// Checks every posting rule and, only when all pass, takes the next number from
    /// <paramref name="nextSequence"/> (unit, type, year) — so a refused voucher never burns a number.
    /// </summary>
    public static Result<Voucher> Post(VoucherDraft draft, ILedgerCatalog catalog, Func<string, string, int, int> nextSequence,
        string postedBy, DateTimeOffset postedAt, IReadOnlySet<string> mirrored)
    {
        var errors = VoucherRules.Check(draft, catalog);
        if (errors.Count > 0)
        {
            return Result.Failure<Voucher>(errors);
        }

        return Build(draft, catalog, nextSequence, postedBy, postedAt, null, null, null, mirrored);
    }

    /// <summary>
    /// A new voucher on <paramref name="date"/> that mirrors <paramref name="original"/> line by line
    /// (off-balance increases become decreases) and links to it. The original is not touched.
    /// </summary>
    public static Result<Voucher> Reverse(Voucher original, bool alreadyReversed, DateOnly date, string reason,
        ILedgerCatalog catalog, Func<string, string, int, int> nextSequence, string postedBy, DateTimeOffset postedAt)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return LedgerErrors.Error(LedgerErrors.ReasonRequired, "Phải ghi rõ lý do đảo chứng từ.", "reason");
        }

        if (original.Reverses is not null)
        {
            return LedgerErrors.Error(LedgerErrors.CannotReverseReversal,
                $"Chứng từ {original.Number} là chứng từ đảo của {original.Reverses}; không đảo tiếp chứng từ đảo.", "number");
        }

        if (alreadyReversed)
        {
            return LedgerErrors.Error(LedgerErrors.AlreadyReversed, $"Chứng từ {original.Number} đã được đảo trước đây.", "number");
        }

        if (date < original.Date)
        {
            return LedgerErrors.Error(LedgerErrors.ReversalBeforeOriginal,
                $"Ngày đảo {VietnameseFormat.Date(date)} trước ngày chứng từ gốc {VietnameseFormat.Date(original.Date)}.", "date");
        }

        var lines = original.Postings.Select(p => p.Mirror()).Select(p => new PostingDraft(p.AccountCode, p.Debit, p.Credit,
            p.FundSource, p.BudgetItem, p.Sector, p.Program, p.Counterparty)).ToList();
        var draft = new VoucherDraft("reversal:" + original.Number, date, original.UnitCode, original.TypeCode,
            $"Đảo chứng từ {original.Number}: {reason.Trim()}", lines);
        var errors = VoucherRules.Check(draft, catalog);
        return errors.Count > 0
            ? Result.Failure<Voucher>(errors)
            : Build(draft, catalog, nextSequence, postedBy, postedAt, original.Number, reason.Trim(), original.Amount, null);
    }

    /// <summary>Rebuilds a voucher read back from storage, where the rules already held when it was posted.</summary>
    public static Voucher Restore(VoucherNumber number, VoucherDraft header, IEnumerable<Posting> postings, string fingerprint,
        string postedBy, DateTimeOffset postedAt, VoucherNumber? reverses, string? reversalReason, long amount) =>
        new(number, header, postings, fingerprint, postedBy, postedAt, reverses, reversalReason, amount, null);

    private static Result<Voucher> Build(VoucherDraft draft, ILedgerCatalog catalog, Func<string, string, int, int> nextSequence,
        string postedBy, DateTimeOffset postedAt, VoucherNumber? reverses, string? reason, long? amount, IReadOnlySet<string>? mirrored)
    {
        var postings = new List<Posting>(draft.Lines.Count);
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var l = draft.Lines[i];
            var account = catalog.FindAccount(l.AccountCode, draft.Date)!;
            postings.Add(new Posting(i + 1, account.Code, l.Debit > 0 ? EntrySide.Debit : EntrySide.Credit, l.Debit > 0 ? l.Debit : l.Credit,
                account.IsOffBalance, Blank(l.FundSource), Blank(l.BudgetItem), Blank(l.Sector), Blank(l.Program), Blank(l.Counterparty)));
        }

        var number = new VoucherNumber(draft.UnitCode, draft.TypeCode, draft.Date.Year, nextSequence(draft.UnitCode, draft.TypeCode, draft.Date.Year));
        return Result.Success(new Voucher(number, draft, postings, VoucherFingerprint.Of(draft), postedBy, postedAt, reverses, reason, amount, mirrored));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
