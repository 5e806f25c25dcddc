using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>
/// A posting session: one database transaction holding the posting lock. Vouchers stream out in
/// multi-row inserts; balance movements and number counters are summed in memory and written
/// once at commit, in the same transaction, so balances are always exactly the sum of the lines.
/// </summary>
internal sealed partial class LedgerSession : ILedgerSession
{
    private const int KeyLookupBatch = 500;
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDbContextTransaction, JoinedState> Joined = [];
    private readonly PartyFinanceDbContext _db;
    private readonly IDbContextTransaction _tx;
    private readonly DbConnection _connection;
    private readonly DbTransaction _dbTx;
    private readonly Dictionary<(string Unit, string Type, int Year), int> _sequences;
    private readonly HashSet<(string, string, int)> _touchedSequences = [];
    private readonly Dictionary<(string Unit, int Year, int Month, string Account), (long Debit, long Credit)> _balances = [];
    private readonly Dictionary<EstimateKey, (long Debit, long Credit)> _estimates = [];
    private readonly Dictionary<string, long> _idByNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counters;
    private readonly Dictionary<string, long> _countersAtStart;
    private readonly Dictionary<int, long> _volumes = [];
    private readonly HashSet<int> _newVolumes = [];
    private readonly IRowWriter _vouchers;
    private readonly IRowWriter _lines;
    private readonly long _batchId;
    private readonly bool _ownsTransaction;
    private readonly TimeProvider _clock;
    private readonly Persistence.Audit.VoucherDigest _digest = new();
    private readonly Dictionary<(string Unit, int Year), List<(string Number, string Digest)>> _digests = [];
    private readonly Dictionary<(string Unit, int Year), int> _coveredParts = [];
    private const int CoveredPerFlush = 20;
    private int _coveredSinceFlush;
    private int _voucherCount;
    private bool _done;
    private bool? _startedEmpty;

    private LedgerSession(PartyFinanceDbContext db, IDbContextTransaction tx, LedgerCatalog catalog,
        Dictionary<(string, string, int), int> sequences, Dictionary<string, long> counters, TimeProvider clock, bool ownsTransaction = true)
    {
        _ownsTransaction = ownsTransaction;
        _clock = clock;
        _db = db;
        _tx = tx;
        _connection = db.Database.GetDbConnection();
        _dbTx = tx.GetDbTransaction();
        Catalog = catalog;
        _sequences = sequences;
        _counters = counters;
        _countersAtStart = new Dictionary<string, long>(counters, StringComparer.Ordinal);
        _batchId = Next(Counters.Batch);
        string[] voucherColumns = ["id", "number", "client_key", "unit_code", "type_code", "year", "sequence", "date", "description", "amount",
            "fingerprint", "reverses_id", "reversal_reason", "posted_by", "posted_at", "batch_id"];
        string[] lineColumns = ["voucher_id", "line_no", "account_code", "debit", "credit", "is_off_balance", "fund_source", "budget_item", "sector", "program", "counterparty"];
        _vouchers = RowWriters.Create(_connection, _dbTx, "vouchers", voucherColumns);
        _lines = RowWriters.Create(_connection, _dbTx, "voucher_lines", lineColumns, _vouchers, Persistence.Postgres.PostgresOptions.BulkRowsPerStatement * 2);
    }

    public LedgerCatalog Catalog { get; }

    public static async Task<LedgerSession> BeginAsync(DatabaseTarget target, TimeProvider clock, CancellationToken ct)
    {
        var db = target.CreateContext();
        try
        {
            var tx = await db.Database.BeginTransactionAsync(ct);
            return await OpenAsync(db, tx, target, clock, ownsTransaction: true, ct);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A session inside a transaction someone else owns (a budget unit of work): takes the posting
    /// lock in it; <see cref="CommitAsync"/> writes everything but leaves the commit (or rollback)
    /// of the transaction, and the disposal of the context, to the owner.
    /// </summary>
    internal static Task<LedgerSession> JoinAsync(PartyFinanceDbContext db, IDbContextTransaction tx, DatabaseTarget target, TimeProvider clock, CancellationToken ct) =>
        OpenAsync(db, tx, target, clock, ownsTransaction: false, ct);

    private static async Task<LedgerSession> OpenAsync(PartyFinanceDbContext db, IDbContextTransaction tx, DatabaseTarget target, TimeProvider clock, bool ownsTransaction, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(target.PostingLockSql, ct);
        // The reference and the numbers a joined session read stay right for the rest of its owner's transaction, which holds
        // the posting lock from the first join to its end: only a ledger session writes voucher_sequences (its commit leaves
        // them here), and one that writes units or periods forgets them. So a unit of work that posts many vouchers (the
        // year-end close of a group of budget lines) reads the reference once, not once per voucher. Counters are read
        // every time: other stores of the same transaction move them.
        JoinedState? joined = null;
        if (!ownsTransaction)
        {
            Joined.TryGetValue(tx, out joined);
        }

        var catalog = joined?.Catalog ?? new LedgerCatalog(await ReferenceReader.LoadAsync(db, ct));
        var sequences = joined is null
            ? await db.VoucherSequences.ToDictionaryAsync(s => (s.UnitCode, s.TypeCode, s.Year), s => s.LastNumber, ct)
            : new Dictionary<(string Unit, string Type, int Year), int>(joined.Sequences);
        var counters = await db.Counters.ToDictionaryAsync(c => c.Name, c => c.Value, StringComparer.Ordinal, ct);
        if (!ownsTransaction && joined is null)
        {
            Joined.AddOrUpdate(tx, new JoinedState(catalog, new Dictionary<(string Unit, string Type, int Year), int>(sequences)));
        }

        return new LedgerSession(db, tx, catalog, sequences, counters, clock, ownsTransaction);
    }

    /// <summary>What joined sessions of one owner's transaction share (see <see cref="OpenAsync"/>); gone with the transaction.</summary>
    private sealed record JoinedState(LedgerCatalog Catalog, Dictionary<(string Unit, string Type, int Year), int> Sequences);

    /// <summary>After a joined session's commit, the numbers it used are the transaction's: the next joined session continues from them.</summary>
    private void KeepJoinedNumbers()
    {
        if (!_ownsTransaction && Joined.TryGetValue(_tx, out var state))
        {
            Joined.AddOrUpdate(_tx, state with { Sequences = new Dictionary<(string Unit, string Type, int Year), int>(_sequences) });
        }
    }

    /// <summary>A write of units or periods in the owner's transaction, or a commit that failed part-way: the next joined session reads everything again.</summary>
    private void ForgetJoined() => Joined.Remove(_tx);

    /// <summary>
    /// Posts one voucher in this session, once: a key already posted with the same content returns that
    /// voucher's number (an idempotent retry) and appends nothing; with other content it is refused.
    /// <c>Appended</c> says whether the session now has something to commit.
    /// </summary>
    public async Task<Result<(string Number, bool Appended)>> PostOnceAsync(VoucherDraft draft, string postedBy, DateTimeOffset at,
        IReadOnlySet<string> mirrored, CancellationToken ct)
    {
        var posted = await FindPostedKeysAsync([draft.Key], ct);
        if (posted.TryGetValue(draft.Key, out var fingerprint))
        {
            return fingerprint == VoucherFingerprint.Of(draft)
                ? Result.Success((await _db.Vouchers.Where(v => v.ClientKey == draft.Key).Select(v => v.Number).FirstAsync(ct), false))
                : Result.Failure<(string, bool)>(new DomainError(LedgerErrors.KeyReused, $"Mã chứng từ '{draft.Key}' đã được ghi sổ với nội dung khác.", "key"));
        }

        var voucher = Voucher.Post(draft, Catalog, NextSequence, postedBy, at, mirrored);
        if (voucher.IsFailure)
        {
            return Result.Failure<(string, bool)>(voucher.Errors);
        }

        if (await AppendAsync(voucher.Value, ct) is { } tooMuch)
        {
            return Result.Failure<(string, bool)>(tooMuch);
        }

        return Result.Success((voucher.Value.Number.ToString(), true));
    }

    public async Task<IReadOnlyDictionary<string, string>> FindPostedKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);

        // No other writer can post while this session holds the lock, and this session's own keys are
        // the caller's to track: books that were empty at the start have nothing to find.
        _startedEmpty ??= !await _db.Vouchers.AnyAsync(ct);
        if (_startedEmpty == true)
        {
            return found;
        }

        // One key (a poster's retry check, once per voucher): an equality the unique index answers, not a list parameter.
        if (keys.Count == 1)
        {
            var key = keys.First();
            var one = await _db.Vouchers.Where(v => v.ClientKey == key).Select(v => v.Fingerprint).FirstOrDefaultAsync(ct);
            if (one is not null)
            {
                found[key] = one;
            }

            return found;
        }

        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeyLookupBatch))
        {
            var rows = await _db.Vouchers.Where(v => chunk.Contains(v.ClientKey)).Select(v => new { v.ClientKey, v.Fingerprint }).ToListAsync(ct);
            foreach (var r in rows)
            {
                found[r.ClientKey] = r.Fingerprint;
            }
        }

        return found;
    }

    public int NextSequence(string unitCode, string typeCode, int year)
    {
        var key = (unitCode, typeCode, year);
        var next = _sequences.GetValueOrDefault(key) + 1;
        _sequences[key] = next;
        _touchedSequences.Add(key);
        return next;
    }

    public async ValueTask<DomainError?> AppendAsync(Voucher v, CancellationToken ct)
    {
        Int128 volume = 0;
        foreach (var p in v.Postings)
        {
            volume += (Int128)p.Debit + p.Credit;
        }

        if (await AdmitAsync(v.Date.Year, volume, ct) is { } refused)
        {
            return refused with
            {
                Message = $"Chứng từ '{v.Key}' ({VietnameseFormat.Amount(checked((long)Int128.Min(volume, long.MaxValue)))}) làm {refused.Message}",
            };
        }

        var id = Next(Counters.Voucher);
        var number = v.Number.ToString();
        long? reversesId = v.Reverses is { } r ? _idByNumber.TryGetValue(r.ToString(), out var rid) ? rid : throw new InvalidOperationException("Reversed voucher must be read with FindVoucherAsync in the same session.") : null;
        await _vouchers.AddAsync(ct, id, number, v.Key, v.UnitCode, v.TypeCode, v.Date.Year, v.Number.Sequence, v.Date, v.Description, v.Amount,
            v.Fingerprint, reversesId, v.ReversalReason, v.PostedBy, v.PostedAt, _batchId);
        _digest.Header(number, v.Key, v.UnitCode, v.TypeCode, v.Date.Year, v.Number.Sequence, v.Date, v.Description, v.Amount,
            v.Fingerprint, reversesId, v.ReversalReason, v.PostedBy, v.PostedAt, _batchId);
        foreach (var p in v.Postings)
        {
            await _lines.AddAsync(ct, id, p.LineNo, p.AccountCode, p.Debit, p.Credit, p.IsOffBalance, p.FundSource, p.BudgetItem, p.Sector, p.Program, p.Counterparty);
            _digest.Line(p.LineNo, p.AccountCode, p.Debit, p.Credit, p.IsOffBalance, p.FundSource, p.BudgetItem, p.Sector, p.Program, p.Counterparty);
            var key = (v.UnitCode, v.Date.Year, v.Date.Month, p.AccountCode);
            var (d, c) = _balances.GetValueOrDefault(key);
            _balances[key] = (checked(d + p.Debit), checked(c + p.Credit));
            if (p.FundSource is { } f && p.BudgetItem is { } i && p.Sector is { } s)
            {
                var ek = new EstimateKey(v.UnitCode, f, i, s, v.Date.Year, v.Date.Month, p.AccountCode, v.TypeCode);
                var (ed, ec) = _estimates.GetValueOrDefault(ek);
                _estimates[ek] = (checked(ed + p.Debit), checked(ec + p.Credit));
            }
        }

        var chain = (v.UnitCode, v.Date.Year);
        if (!_digests.TryGetValue(chain, out var covered))
        {
            _digests[chain] = covered = [];
        }

        covered.Add((number, _digest.Finish()));
        if (covered.Count == Persistence.Audit.AuditTrailFormat.VouchersPerEvent)
        {
            RecordCovered(chain, covered);
            if (++_coveredSinceFlush == CoveredPerFlush)
            {
                // A large import writes its audit rows as it goes (same transaction), so memory stays flat.
                await _db.SaveChangesAsync(ct);
                _coveredSinceFlush = 0;
            }
        }

        _voucherCount++;
        return null;
    }

    /// <summary>
    /// Adds <paramref name="amount"/> to the year's volume, or refuses it (adding nothing) when the year would carry
    /// more than <see cref="Money.MaxYearVolume"/>. The message completes "… làm ": the caller names what is refused.
    /// </summary>
    private async ValueTask<DomainError?> AdmitAsync(int year, Int128 amount, CancellationToken ct)
    {
        if (!_volumes.TryGetValue(year, out var volume))
        {
            if (!_counters.TryGetValue(Counters.Volume(year), out volume))
            {
                // First posting of the year since volumes are kept: counted once from the balance tables (under the posting lock).
                var lines = await _db.AccountBalances.Where(b => b.Year == year).SumAsync(b => (long?)(b.Debit + b.Credit), ct) ?? 0;
                var openings = await _db.OpeningBalances.Where(o => o.Year == year).SumAsync(o => (long?)(o.Debit + o.Credit), ct) ?? 0;
                volume = checked(lines + openings);
                _newVolumes.Add(year);
            }

            _volumes[year] = volume;
        }

        if (volume + amount > Money.MaxYearVolume)
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            return new DomainError(LedgerErrors.YearVolumeExceeded,
                $"tổng phát sinh hai bên Nợ, Có cộng số dư đầu năm của năm {y} vượt giới hạn {VietnameseFormat.Amount(Money.MaxYearVolume)} "
                + $"(đã có {VietnameseFormat.Amount(volume)}); không gì được ghi. Giới hạn giữ mọi số liệu báo cáo của năm chính xác đến từng đồng.", "debit");
        }

        _volumes[year] = checked(volume + (long)amount);
        return null;
    }

    public async Task<StoredVoucher?> FindVoucherAsync(string number, CancellationToken ct)
    {
        var header = await _db.Vouchers.FirstOrDefaultAsync(v => v.Number == number, ct);
        if (header is null)
        {
            return null;
        }

        var lines = await _db.VoucherLines.Where(l => l.VoucherId == header.Id).OrderBy(l => l.LineNo).ToListAsync(ct);
        var reversed = await _db.Vouchers.AnyAsync(v => v.ReversesId == header.Id, ct);
        VoucherNumber? reverses = null;
        if (header.ReversesId is { } rid)
        {
            var n = await _db.Vouchers.Where(v => v.Id == rid).Select(v => v.Number).FirstAsync(ct);
            reverses = VoucherNumber.TryParse(n, out var parsed) ? parsed : null;
        }

        _idByNumber[header.Number] = header.Id;
        return new StoredVoucher(VoucherMapping.ToDomain(header, lines, reverses), reversed);
    }

    public async Task<AccountingPeriod> LoadPeriodAsync(string unitCode, int year, int month, CancellationToken ct)
    {
        var events = await _db.PeriodEvents.Where(e => e.UnitCode == unitCode && e.Year == year && e.Month == month).OrderBy(e => e.Id).ToListAsync(ct);
        return AccountingPeriod.Restore(unitCode, year, month, events.Select(e =>
            new PeriodEvent(e.Action, e.ChangedBy, e.ChangedAt, e.Reason)));
    }

    public async Task AppendPeriodEventAsync(AccountingPeriod period, PeriodEvent change, CancellationToken ct)
    {
        _db.PeriodEvents.Add(new PeriodEventRecord
        {
            Id = Next(Counters.PeriodEvent),
            UnitCode = period.UnitCode,
            Year = period.Year,
            Month = period.Month,
            Action = change.Action,
            ChangedBy = change.By,
            ChangedAt = change.At,
            Reason = change.Reason,
        });
        var exists = await _db.Periods.AnyAsync(p => p.UnitCode == period.UnitCode && p.Year == period.Year && p.Month == period.Month, ct);
        var state = new PeriodRecord { UnitCode = period.UnitCode, Year = period.Year, Month = period.Month, IsLocked = period.IsLocked };
        if (exists)
        {
            _db.Periods.Update(state);
        }
        else
        {
            _db.Periods.Add(state);
        }

        await _db.SaveChangesAsync(ct);
        ForgetJoined();
    }

    public async Task<IReadOnlyList<OpeningBalanceLine>> LoadOpeningBalancesAsync(string unitCode, int year, CancellationToken ct) =>
        (await _db.OpeningBalances.Where(o => o.UnitCode == unitCode && o.Year == year).ToListAsync(ct))
            .ConvertAll(o => new OpeningBalanceLine(o.UnitCode, o.Year, o.AccountCode, o.Debit, o.Credit));

    public async Task<DateOnly?> LastVoucherDateAsync(string unitCode, CancellationToken ct) =>
        await _db.Vouchers.Where(v => v.UnitCode == unitCode).MaxAsync(v => (DateOnly?)v.Date, ct);

    public async Task<DomainError?> AddOpeningBalancesAsync(IReadOnlyList<OpeningBalanceLine> lines, CancellationToken ct)
    {
        foreach (var l in lines)
        {
            if (await AdmitAsync(l.Year, (Int128)l.Debit + l.Credit, ct) is { } refused)
            {
                return refused with
                {
                    Message = $"Số dư đầu năm tài khoản {l.AccountCode} của đơn vị '{l.UnitCode}' làm {refused.Message}",
                    Field = l.Debit > 0 ? "debit" : "credit",
                    Row = l.Row,
                };
            }
        }

        _db.OpeningBalances.AddRange(lines.Select(l => new OpeningBalanceRecord
        {
            UnitCode = l.UnitCode,
            Year = l.Year,
            AccountCode = l.AccountCode,
            Debit = l.Debit,
            Credit = l.Credit,
            BatchId = _batchId,
        }));
        await _db.SaveChangesAsync(ct);
        return null;
    }

    public async Task SaveUnitsAsync(IReadOnlyList<OrganisationUnit> added, IReadOnlyList<(OrganisationUnit Before, OrganisationUnit After)> changed,
        string by, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var u in added)
        {
            _db.Units.Add(VoucherMapping.ToRecord(u, by, at));
        }

        foreach (var (before, after) in changed)
        {
            var record = await _db.Units.AsTracking().FirstAsync(u => u.Code == after.Code, ct);
            VoucherMapping.Apply(record, after);
        }

        await _db.SaveChangesAsync(ct);
        ForgetJoined();
    }

    /// <summary>Recorded in the audit trail with this session's commit: <paramref name="action"/> is the event's kind, <paramref name="detail"/> its "after".</summary>
    public void Audit(string entity, string key, string action, string detail, string by, DateTimeOffset at) =>
        _db.RecordAudit(new Persistence.Audit.PendingAuditEvent(action, entity, key, null,
            Persistence.Audit.CanonicalJson.Object([new("by", by), new("detail", detail)]), string.Empty, null));

    private long Next(string counter)
    {
        var value = _counters[counter] + 1;
        _counters[counter] = value;
        return value;
    }
}
