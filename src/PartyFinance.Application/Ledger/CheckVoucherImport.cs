using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// `voucher import` as a dry run: the same parse, permission and posting checks as <see cref="ImportVouchers"/>, inside
/// a ledger session that is never committed — so the whole error list (file, row, field) or what would be stored
/// (how many, which numbers) is known before anything is stored. Stores nothing.
/// </summary>
public sealed class CheckVoucherImport(PostVouchers post, AccessGuard access)
{
    public Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct) =>
        post.ImportAsync(file, actor, access, batch: null, commit: false, ct);
}
