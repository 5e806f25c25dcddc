using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>
/// Finds vouchers by <see cref="VoucherSearchCriteria"/>. Unit, type, dates, amounts and account are
/// filtered by the database; text and counterparty are compared in memory with the vi-VN culture,
/// ignoring case (SQLite's lower() knows only ASCII, so "Điện" would not find "điện" there).
/// </summary>
public sealed class VoucherSearch(DatabaseTarget target) : IVoucherSearch
{
    private static readonly CompareInfo Compare = VietnameseFormat.Culture.CompareInfo;

    public async Task<IReadOnlyList<VoucherListItem>> FindAsync(VoucherSearchCriteria c, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var q = db.Vouchers.AsQueryable();
        if (c.Unit is { } unit)
        {
            q = q.Where(v => v.UnitCode == unit);
        }

        if (c.Type is { } type)
        {
            q = q.Where(v => v.TypeCode == type);
        }

        if (c.From is { } from)
        {
            q = q.Where(v => v.Date >= from);
        }

        if (c.To is { } to)
        {
            q = q.Where(v => v.Date <= to);
        }

        if (c.MinAmount is { } min)
        {
            q = q.Where(v => v.Amount >= min);
        }

        if (c.MaxAmount is { } max)
        {
            q = q.Where(v => v.Amount <= max);
        }

        if (c.Account is { } account)
        {
            q = q.Where(v => db.VoucherLines.Any(l => l.VoucherId == v.Id && l.AccountCode.StartsWith(account)));
        }

        var rows = await (from v in q
                          join o in db.Vouchers on v.ReversesId equals o.Id into orig
                          from o in orig.DefaultIfEmpty()
                          join r in db.Vouchers on v.Id equals r.ReversesId into rev
                          from r in rev.DefaultIfEmpty()
                          orderby v.Date, v.Id
                          select new
                          {
                              v.Id,
                              Item = new VoucherListItem(v.Number, v.ClientKey, v.Date, v.UnitCode, v.TypeCode, v.Description, v.Amount,
                                  o == null ? null : o.Number, r == null ? null : r.Number),
                          }).ToListAsync(ct);
        if (c.Text is { Length: > 0 } text)
        {
            rows = rows.Where(x => Contains(x.Item.Description, text)).ToList();
        }

        if (c.Counterparty is { Length: > 0 } who && rows.Count > 0)
        {
            var ids = rows.Select(x => x.Id).ToList();
            var parties = await db.VoucherLines.Where(l => ids.Contains(l.VoucherId) && l.Counterparty != null)
                .Select(l => new { l.VoucherId, l.Counterparty }).ToListAsync(ct);
            var matching = parties.Where(p => Contains(p.Counterparty!, who)).Select(p => p.VoucherId).ToHashSet();
            rows = rows.Where(x => matching.Contains(x.Id)).ToList();
        }

        return rows.ConvertAll(x => x.Item);
    }

    private static bool Contains(string text, string part) => Compare.IndexOf(text, part, CompareOptions.IgnoreCase) >= 0;
}
