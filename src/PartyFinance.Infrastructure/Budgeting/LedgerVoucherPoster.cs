using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// Posts a payment voucher through the ledger inside the store's open unit of work: the ledger
/// session joins the same context and transaction (taking the posting lock in it), so a refused
/// or rolled-back payment leaves no voucher. A key already posted with the same content returns
/// its number (idempotent retry); with other content it is refused.
/// </summary>
public sealed class LedgerVoucherPoster(BudgetStore store, TimeProvider clock) : IVoucherPoster
{
    public async Task<Result<string>> PostAsync(VoucherDraft draft, string postedBy, CancellationToken ct)
    {
        var (db, tx) = store.UnitOfWork ?? throw new InvalidOperationException("Vouchers of spending are posted only inside a budget unit of work.");
        await using var session = await LedgerSession.JoinAsync(db, tx, store.Target, clock, ct);
        var posted = await session.PostOnceAsync(draft, postedBy, clock.GetUtcNow(), store.Estimates.Mirror, ct);
        if (posted.IsFailure)
        {
            return Result.Failure<string>(posted.Errors);
        }

        if (posted.Value.Appended)
        {
            await session.CommitAsync(null, ct);
        }

        return Result.Success(posted.Value.Number);
    }

    public async Task<Result<string>> ReverseAsync(string number, DateOnly date, string reason, string postedBy, CancellationToken ct)
    {
        var (db, tx) = store.UnitOfWork ?? throw new InvalidOperationException("Vouchers of spending are reversed only inside a budget unit of work.");
        await using var session = await LedgerSession.JoinAsync(db, tx, store.Target, clock, ct);
        var original = await session.FindVoucherAsync(number, ct);
        if (original is null)
        {
            return Result.Failure<string>(new DomainError(LedgerErrors.VoucherNotFound, $"Không tìm thấy chứng từ số '{number}'.", "number"));
        }

        var reversal = Voucher.Reverse(original.Voucher, original.IsReversed, date, reason, session.Catalog, session.NextSequence, postedBy, clock.GetUtcNow());
        if (reversal.IsFailure)
        {
            return Result.Failure<string>(reversal.Errors);
        }

        if (await session.AppendAsync(reversal.Value, ct) is { } tooMuch)
        {
            return Result.Failure<string>(tooMuch);
        }

        await session.CommitAsync(null, ct);
        return Result.Success(reversal.Value.Number.ToString());
    }
}
