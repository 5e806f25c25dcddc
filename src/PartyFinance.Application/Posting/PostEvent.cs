using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Posting;

/// <summary>
/// `voucher event`: posts one business event of db/posting (a cash withdrawal, a payment order
/// received, the settlement of advances with the Treasury …) for a budget line, with the accounts
/// the rules give its fund source, through the same checks as an imported voucher — the budget check included.
/// </summary>
public sealed class PostEvent(PostVouchers post, PostingRuleBook book, AccessGuard access)
{
    public async Task<Result<ImportReport>> RunAsync(string @event, string key, BudgetLineKey line, DateOnly date, long amount, string? description,
        string? payee, string by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return new DomainError(LedgerErrors.KeyMissing, "Phải có mã chứng từ (--key) để ghi lại an toàn khi chạy lại.", "key");
        }

        if (amount <= 0)
        {
            return new DomainError(LedgerErrors.AmountNotPositive, "Số tiền phải là số đồng dương.", "amount");
        }

        var allowed = await access.CheckAsync(by, Permission.VoucherEvent, line.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ImportReport>(allowed.Errors);
        }

        var built = book.Build(@event, PostingContext.For(line, date, PostingContext.Amount(amount), payee));
        if (built.IsFailure)
        {
            return Result.Failure<ImportReport>(built.Errors);
        }

        var draft = new VoucherDraft(key.Trim(), date, line.Unit, built.Value.VoucherType,
            string.IsNullOrWhiteSpace(description) ? $"{@event} ({line})" : description.Trim(), built.Value.Lines);
        var report = await post.RunAsync([draft], [], 1, by, null, ct);
        return report.Succeeded ? Result.Success(report) : Result.Failure<ImportReport>(report.Errors);
    }
}
