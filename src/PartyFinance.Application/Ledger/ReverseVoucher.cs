using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// `voucher reverse`: posts the mirror of a voucher on an open date; the original is never changed.
/// A reversal that takes estimate away (of a DTG voucher) passes the same budget check as an import.
/// </summary>
public sealed class ReverseVoucher(ILedgerStore store, AccessGuard access, TimeProvider clock, Budgeting.EstimateControl estimates)
{
    public async Task<Result<Voucher>> RunAsync(string number, DateOnly date, string reason, string actor, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        var original = await session.FindVoucherAsync(number.Trim(), ct);
        if (original is null)
        {
            return new DomainError(LedgerErrors.VoucherNotFound, $"Không tìm thấy chứng từ số '{number}'.", "number");
        }

        var allowed = await access.CheckAsync(actor, Permission.VoucherReverse, original.Voucher.UnitCode, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<Voucher>(allowed.Errors);
        }

        var result = Voucher.Reverse(original.Voucher, original.IsReversed, date, reason, session.Catalog, session.NextSequence, actor, clock.GetUtcNow());
        if (result.IsFailure)
        {
            return result;
        }

        if (await session.AppendAsync(result.Value, ct) is { } tooMuch)
        {
            return Result.Failure<Voucher>(tooMuch);
        }

        var v = result.Value;
        var mirror = new VoucherDraft(v.Key, v.Date, v.UnitCode, v.TypeCode, v.Description, v.Postings.Select(p =>
            new PostingDraft(p.AccountCode, p.Debit, p.Credit, p.FundSource, p.BudgetItem, p.Sector, p.Program, p.Counterparty)).ToList());
        var refused = await estimates.CheckAsync(session, [mirror], actor, clock.GetUtcNow(), ct);
        if (refused.Count > 0)
        {
            return Result.Failure<Voucher>(refused);
        }

        await session.CommitAsync(null, ct);
        return result;
    }
}
