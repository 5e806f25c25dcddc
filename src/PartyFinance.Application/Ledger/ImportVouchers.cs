using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>`voucher import`: the whole file is checked first; any bad row means every problem is listed and nothing is stored.</summary>
public sealed class ImportVouchers(PostVouchers post, AccessGuard access, TimeProvider clock)
{
    public async Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct)
    {
        var (drafts, errors, rows) = VoucherCsvParser.Parse(file.Open(), file.Name);
        var allowed = await access.CheckAsync(actor, Permission.VoucherImport, drafts.Select(d => (string?)d.UnitCode).ToList(), ct);
        if (allowed.IsFailure)
        {
            return ImportReport.Failed(allowed.Errors);
        }

        var sha = file.Sha256();
        return await post.RunAsync(drafts, errors, rows, actor,
            r => new ImportBatch("vouchers", file.Name, sha, rows, r.Stored, r.Skipped, actor, clock.GetUtcNow()), ct);
    }
}
