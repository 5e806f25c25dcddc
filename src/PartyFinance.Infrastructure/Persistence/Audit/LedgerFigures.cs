using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Audit;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// The figures every report reads instead of the voucher lines — account_balances (trial balance, ledgers, statements)
/// and estimate_balances (budget status) — recomputed from the posted lines as `audit verify` streams them, and the
/// opening balances compared with the trail's after-image of each row. A row of these tables changed, added or
/// deleted behind the application changes the reports without touching a voucher, so it is found here.
/// Sums are kept in 128 bits: a tampered line may hold any 64-bit value and must still be reported, not overflow.
/// </summary>
internal sealed class LedgerFigures
{
    private readonly Dictionary<(string Unit, int Year, int Month, string Account), (Int128 Debit, Int128 Credit)> _accounts = [];
    private readonly Dictionary<(string Unit, int Year, int Month, string Account, string Fund, string Item, string Sector, string Type), (Int128 Debit, Int128 Credit)> _estimates = [];

    /// <summary>Adds one posted line, exactly as the posting session adds it to the two tables.</summary>
    public void Add(string unit, DateOnly date, string type, string account, long debit, long credit, string? fund, string? item, string? sector)
    {
        var a = (unit, date.Year, date.Month, account);
        var (d, c) = _accounts.GetValueOrDefault(a);
        _accounts[a] = (d + debit, c + credit);
        if (fund is not null && item is not null && sector is not null)
        {
            var e = (unit, date.Year, date.Month, account, fund, item, sector, type);
            var (ed, ec) = _estimates.GetValueOrDefault(e);
            _estimates[e] = (ed + debit, ec + credit);
        }
    }

    /// <summary>Compares the stored rows (of one unit and/or year when given) with the recomputed sums and the trail.</summary>
    public async Task CompareAsync(PartyFinanceDbContext db, string? unit, int? year, List<AuditProblem> problems, CancellationToken ct)
    {
        // Each year's volume (the posting limit's guard) is over every unit: checked when the whole province is verified.
        var volumes = new Dictionary<int, Int128>();
        if (unit is null)
        {
            foreach (var ((_, y, _, _), (d, c)) in _accounts)
            {
                volumes[y] = volumes.GetValueOrDefault(y) + d + c;
            }
        }

        var accounts = db.AccountBalances.AsNoTracking().Where(b => (unit == null || b.UnitCode == unit) && (year == null || b.Year == year))
            .OrderBy(b => b.UnitCode).ThenBy(b => b.Year).ThenBy(b => b.Month).ThenBy(b => b.AccountCode);
        await foreach (var b in accounts.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (b.UnitCode, b.Year, b.Month, b.AccountCode);
            Compare("account_balances", AccountKey(key), _accounts.Remove(key, out var sums) ? sums : null, b.Debit, b.Credit, problems);
        }

        foreach (var key in _accounts.Keys.Select(AccountKey).Order(StringComparer.Ordinal))
        {
            problems.Add(new AuditProblem("account_balances", key, AuditTrail.Missing));
        }

        var estimates = db.EstimateBalances.AsNoTracking().Where(b => (unit == null || b.UnitCode == unit) && (year == null || b.Year == year))
            .OrderBy(b => b.UnitCode).ThenBy(b => b.Year).ThenBy(b => b.Month).ThenBy(b => b.AccountCode).ThenBy(b => b.FundSource)
            .ThenBy(b => b.BudgetItem).ThenBy(b => b.Sector).ThenBy(b => b.TypeCode);
        await foreach (var b in estimates.AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = (b.UnitCode, b.Year, b.Month, b.AccountCode, b.FundSource, b.BudgetItem, b.Sector, b.TypeCode);
            Compare("estimate_balances", EstimateKey(key), _estimates.Remove(key, out var sums) ? sums : null, b.Debit, b.Credit, problems);
        }

        foreach (var key in _estimates.Keys.Select(EstimateKey).Order(StringComparer.Ordinal))
        {
            problems.Add(new AuditProblem("estimate_balances", key, AuditTrail.Missing));
        }

        await CompareOpeningBalancesAsync(db, unit, year, problems, ct);
        if (unit is null)
        {
            await CompareVolumesAsync(db, year, volumes, problems, ct);
        }
    }

    /// <summary>
    /// The counter of a year's volume must be the sum of both sides of its posted lines and opening balances: one lowered
    /// behind the application would let the year pass the posting limit. A year posted to by an earlier release has no
    /// counter until its next posting, which is not a problem.
    /// </summary>
    private static async Task CompareVolumesAsync(PartyFinanceDbContext db, int? year, Dictionary<int, Int128> volumes, List<AuditProblem> problems, CancellationToken ct)
    {
        var openings = db.OpeningBalances.AsNoTracking().Where(o => year == null || o.Year == year).Select(o => new { o.Year, o.Debit, o.Credit });
        await foreach (var o in openings.AsAsyncEnumerable().WithCancellation(ct))
        {
            volumes[o.Year] = volumes.GetValueOrDefault(o.Year) + o.Debit + o.Credit;
        }

        const string prefix = Counters.VolumePrefix;
        var stored = await db.Counters.AsNoTracking().Where(c => c.Name.StartsWith(prefix)).ToListAsync(ct);
        foreach (var c in stored.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            if (!int.TryParse(c.Name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || Counters.Volume(y) != c.Name)
            {
                problems.Add(new AuditProblem("counters", c.Name, AuditTrail.Inserted));
            }
            else if ((year is null || year == y) && volumes.GetValueOrDefault(y) != c.Value)
            {
                problems.Add(new AuditProblem("counters", c.Name, AuditTrail.Changed));
            }
        }
    }

    /// <summary>
    /// Each opening balance must be the after-image of the latest trail row of its key (created by `balance import` or
    /// `close year`, sealed by the upgrade that brought the trail); a row the trail does not hold was inserted behind it.
    /// </summary>
    private static async Task CompareOpeningBalancesAsync(PartyFinanceDbContext db, string? unit, int? year, List<AuditProblem> problems, CancellationToken ct)
    {
        const string Table = "opening_balances";
        // The row images only: `close year` also notes its step on this table (kind close-year, key unit/year).
        string[] RowKinds = ["create", "update", "delete", AuditTrailFormat.SealKind];
        var recorded = new Dictionary<string, string?>(StringComparer.Ordinal);
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => e.TableName == Table && RowKinds.Contains(e.Kind) && (unit == null || e.ChainUnit == unit) && (year == null || e.ChainYear == year))
            .OrderBy(e => e.Id).Select(e => new { e.Kind, e.EntityKey, e.AfterJson });
        await foreach (var e in events.AsAsyncEnumerable().WithCancellation(ct))
        {
            recorded[e.EntityKey] = e.Kind == "delete" ? null : e.AfterJson;
        }

        var type = db.Model.FindEntityType(typeof(OpeningBalanceRecord))!;
        var rows = db.OpeningBalances.AsNoTracking().Where(o => (unit == null || o.UnitCode == unit) && (year == null || o.Year == year))
            .OrderBy(o => o.UnitCode).ThenBy(o => o.Year).ThenBy(o => o.AccountCode);
        await foreach (var o in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            object? Value(Microsoft.EntityFrameworkCore.Metadata.IProperty p) => p.PropertyInfo?.GetValue(o);
            var json = AuditCapture.Row(type, Value);
            var key = AuditCapture.Describe(type, "create", null, json, Value).Key;
            if (!recorded.Remove(key, out var expected) || expected is null)
            {
                problems.Add(new AuditProblem(Table, key, AuditTrail.Inserted));
            }
            else if (expected != json)
            {
                problems.Add(new AuditProblem(Table, key, AuditTrail.Changed));
            }
        }

        foreach (var (key, expected) in recorded.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (expected is not null)
            {
                problems.Add(new AuditProblem(Table, key, AuditTrail.Missing));
            }
        }
    }

    private static void Compare(string table, string key, (Int128 Debit, Int128 Credit)? sums, long debit, long credit, List<AuditProblem> problems)
    {
        if (sums is null)
        {
            // A stored row no posted line adds up to (a zero row the posting never writes, or one added behind the application).
            if (debit != 0 || credit != 0)
            {
                problems.Add(new AuditProblem(table, key, AuditTrail.Inserted));
            }
        }
        else if (sums.Value.Debit != debit || sums.Value.Credit != credit)
        {
            problems.Add(new AuditProblem(table, key, AuditTrail.Changed));
        }
    }

    private static string AccountKey((string Unit, int Year, int Month, string Account) k) =>
        string.Create(CultureInfo.InvariantCulture, $"{k.Unit}/{k.Year}-{k.Month:00}/{k.Account}");

    private static string EstimateKey((string Unit, int Year, int Month, string Account, string Fund, string Item, string Sector, string Type) k) =>
        string.Create(CultureInfo.InvariantCulture, $"{k.Unit}/{k.Year}-{k.Month:00}/{k.Account}/{k.Fund}/{k.Item}/{k.Sector}/{k.Type}");
}
