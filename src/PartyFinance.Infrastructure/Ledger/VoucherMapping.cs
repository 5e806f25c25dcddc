using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>Between stored rows and domain objects.</summary>
internal static class VoucherMapping
{
    public static Voucher ToDomain(VoucherRecord h, IEnumerable<VoucherLineRecord> lines, VoucherNumber? reverses)
    {
        var number = new VoucherNumber(h.UnitCode, h.TypeCode, h.Year, h.Sequence);
        var postings = lines.Select(l => new Posting(l.LineNo, l.AccountCode, l.Debit > 0 ? EntrySide.Debit : EntrySide.Credit,
            l.Debit > 0 ? l.Debit : l.Credit, l.IsOffBalance, l.FundSource, l.BudgetItem, l.Sector, l.Program, l.Counterparty)).ToList();
        var header = new VoucherDraft(h.ClientKey, h.Date, h.UnitCode, h.TypeCode, h.Description,
            postings.ConvertAll(p => new PostingDraft(p.AccountCode, p.Debit, p.Credit, p.FundSource, p.BudgetItem, p.Sector, p.Program, p.Counterparty)));
        return Voucher.Restore(number, header, postings, h.Fingerprint, h.PostedBy, h.PostedAt, reverses, h.ReversalReason, h.Amount);
    }

    public static UnitRecord ToRecord(OrganisationUnit u, string by, DateTimeOffset at)
    {
        var r = new UnitRecord { Code = u.Code, CreatedBy = by, CreatedAt = at };
        Apply(r, u);
        return r;
    }

    public static void Apply(UnitRecord r, OrganisationUnit u)
    {
        r.Name = u.Name;
        r.Kind = u.Kind;
        r.ParentCode = u.ParentCode;
        r.Chapter = u.Chapter;
        r.ValidFrom = u.ValidFrom;
        r.ValidTo = u.ValidTo;
        r.SuccessorCode = u.SuccessorCode;
    }
}
