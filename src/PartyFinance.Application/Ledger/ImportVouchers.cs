using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>`voucher import`: the whole file is checked; any bad row means every problem is listed and nothing is stored.</summary>
public sealed class ImportVouchers(PostVouchers post, AccessGuard access, TimeProvider clock)
{
    public Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct)
    {
        var sha = file.Sha256();
        return post.ImportAsync(file, actor, access,
            r => new ImportBatch("vouchers", file.Name, sha, r.Rows, r.Stored, r.Skipped, actor, clock.GetUtcNow()), commit: true, ct);
    }
}
