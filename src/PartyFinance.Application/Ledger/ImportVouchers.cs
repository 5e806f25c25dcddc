using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>`voucher import`: the whole file is checked first; any bad row means every problem is listed and nothing is stored.</summary>
public sealed class ImportVouchers(PostVouchers post, TimeProvider clock)
{
    public async Task<ImportReport> RunAsync(string path, string actor, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return ImportReport.Failed([new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy tệp '{path}'.", "file")]);
        }

        List<Domain.Ledger.VoucherDraft> drafts;
        List<DomainError> errors;
        int rows;
        await using (var stream = File.OpenRead(path))
        {
            (drafts, errors, rows) = VoucherCsvParser.Parse(stream);
        }

        var sha = FileDigest.Sha256(path);
        return await post.RunAsync(drafts, errors, rows, actor,
            r => new ImportBatch("vouchers", Path.GetFileName(path), sha, rows, r.Stored, r.Skipped, actor, clock.GetUtcNow()), ct);
    }
}
