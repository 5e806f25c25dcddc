using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// `voucher import` as a dry run: the same parse, permission and posting checks as <see cref="ImportVouchers"/>, inside
/// a ledger session that is never committed — so the whole error list (file, row, field) or what would be stored
/// (how many, which numbers) is known before anything is stored. Stores nothing.
/// </summary>
public sealed class CheckVoucherImport(PostVouchers post, AccessGuard access)
{
    public async Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct)
    {
        var (drafts, errors, rows) = VoucherCsvParser.Parse(file.Open(), file.Name);
        var allowed = await access.CheckAsync(actor, Permission.VoucherImport, drafts.Select(d => (string?)d.UnitCode).ToList(), ct);
        if (allowed.IsFailure)
        {
            return ImportReport.Failed(allowed.Errors);
        }

        return await post.RunAsync(drafts, errors, rows, actor, null, ct, commit: false);
    }
}
