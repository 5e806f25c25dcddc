using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Read queries. Trial balances sum the small account_balances table, never the voucher lines.</summary>
public sealed class LedgerQueries(DatabaseTarget target) : ILedgerQueries
{
    public async Task<IReadOnlyList<OrganisationUnit>> ListUnitsAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.Units.OrderBy(u => u.Code).ToListAsync(ct)).ConvertAll(ReferenceReader.ToDomain);
    }

    public async Task<IReadOnlyList<VoucherListItem>> ListVouchersAsync(string? unit, int? year, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var q = db.Vouchers.AsQueryable();
        if (unit is not null)
        {
            q = q.Where(v => v.UnitCode == unit);
        }

        if (year is not null)
        {
            q = q.Where(v => v.Year == year);
        }

        var rows = await (from v in q
                          join o in db.Vouchers on v.ReversesId equals o.Id into orig
                          from o in orig.DefaultIfEmpty()
                          join r in db.Vouchers on v.Id equals r.ReversesId into rev
                          from r in rev.DefaultIfEmpty()
                          orderby v.Date, v.Id
                          select new VoucherListItem(v.Number, v.ClientKey, v.Date, v.UnitCode, v.TypeCode, v.Description, v.Amount,
                              o == null ? null : o.Number, r == null ? null : r.Number)).ToListAsync(ct);
        return rows;
    }

    public async Task<IReadOnlyList<AccountMovement>> MovementsAsync(int year, string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var balances = db.AccountBalances.Where(b => b.Year == year);
        var openings = db.OpeningBalances.Where(o => o.Year == year);
        if (unit is not null)
        {
            balances = balances.Where(b => b.UnitCode == unit);
            openings = openings.Where(o => o.UnitCode == unit);
        }

        var moved = await balances.GroupBy(b => b.AccountCode)
            .Select(g => new { Account = g.Key, Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) }).ToListAsync(ct);
        var opened = await openings.GroupBy(o => o.AccountCode)
            .Select(g => new { Account = g.Key, Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) }).ToListAsync(ct);
        var accounts = await db.Accounts.Select(a => new { a.Code, a.Name, a.IsOffBalance, a.ValidFrom }).ToListAsync(ct);
        var info = accounts.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ValidFrom).First());
        return moved.Select(m => m.Account).Union(opened.Select(o => o.Account)).Distinct().Select(code =>
        {
            var m = moved.Find(x => x.Account == code);
            var o = opened.Find(x => x.Account == code);
            var a = info.GetValueOrDefault(code);
            return new AccountMovement(code, a?.Name ?? string.Empty, a?.IsOffBalance ?? code.StartsWith('0'),
                o?.Debit ?? 0, o?.Credit ?? 0, m?.Debit ?? 0, m?.Credit ?? 0);
        }).ToList();
    }

    public async Task<GeneralLedger> GeneralLedgerAsync(string account, int year, string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var openings = db.OpeningBalances.Where(o => o.Year == year && o.AccountCode.StartsWith(account));
        var lines = from l in db.VoucherLines
                    join v in db.Vouchers on l.VoucherId equals v.Id
                    where v.Year == year && l.AccountCode.StartsWith(account)
                    select new { v.Date, v.Id, l.LineNo, v.Number, v.Description, v.UnitCode, l.AccountCode, l.Debit, l.Credit };
        if (unit is not null)
        {
            openings = openings.Where(o => o.UnitCode == unit);
            lines = lines.Where(l => l.UnitCode == unit);
        }

        var openDebit = await openings.SumAsync(o => o.Debit, ct);
        var openCredit = await openings.SumAsync(o => o.Credit, ct);
        var raw = await lines.OrderBy(l => l.Date).ThenBy(l => l.Id).ThenBy(l => l.LineNo).ToListAsync(ct);
        return GeneralLedger.Build(account, year, unit, openDebit, openCredit,
            raw.Select(r => (r.Date, r.Number, r.Description, r.AccountCode, r.Debit, r.Credit)));
    }

    public async Task<bool> AccountExistsAsync(string account, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await db.Accounts.AnyAsync(a => a.Code == account, ct);
    }
}
