using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// Posts a batch of voucher drafts all-or-nothing: every draft is checked, keys already posted
/// with the same content are skipped (idempotent retry), a key reused with other content is
/// refused, every voucher that uses an estimate is checked against its budget line
/// (<see cref="EstimateControl"/>), and only when nothing is wrong does the session commit.
/// </summary>
public sealed class PostVouchers(ILedgerStore store, TimeProvider clock, EstimateControl estimates)
{
    private const int KeyChunk = 2000;

    public async Task<ImportReport> RunAsync(IReadOnlyList<VoucherDraft> drafts, IReadOnlyList<DomainError> earlierErrors, int rows,
        string actor, Func<ImportReport, ImportBatch>? batch, CancellationToken ct, bool commit = true)
    {
        var errors = new List<DomainError>(earlierErrors);
        await using var session = await store.BeginAsync(ct);
        var now = clock.GetUtcNow();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int stored = 0, skipped = 0;
        string? first = null, last = null;
        var accepted = new List<VoucherDraft>();

        // Posted keys are looked up a chunk at a time, so a re-import of a million keys holds no million-entry map.
        foreach (var chunk in drafts.Chunk(KeyChunk))
        {
            var posted = await session.FindPostedKeysAsync(chunk.Select(d => d.Key).ToList(), ct);
            foreach (var draft in chunk)
            {
                if (!seen.Add(draft.Key))
                {
                    errors.Add(new DomainError(LedgerErrors.KeyReused, $"Mã chứng từ '{draft.Key}' xuất hiện hai lần trong cùng một lần ghi sổ.", "key", draft.Row));
                    continue;
                }

                if (posted.TryGetValue(draft.Key, out var fingerprint))
                {
                    if (fingerprint == VoucherFingerprint.Of(draft))
                    {
                        skipped++;
                    }
                    else
                    {
                        errors.Add(new DomainError(LedgerErrors.KeyReused,
                            $"Mã chứng từ '{draft.Key}' đã được ghi sổ với nội dung khác; dùng mã mới hoặc đảo chứng từ cũ.", "key", draft.Row));
                    }

                    continue;
                }

                var result = Voucher.Post(draft, session.Catalog, session.NextSequence, actor, now, estimates.Mirror);
                if (result.IsFailure)
                {
                    errors.AddRange(result.Errors);
                    continue;
                }

                if (errors.Count == 0)
                {
                    if (await session.AppendAsync(result.Value, ct) is { } tooMuch)
                    {
                        errors.Add(tooMuch with { Row = draft.Row });
                        continue;
                    }

                    accepted.Add(draft);
                    stored++;
                    first ??= result.Value.Number.ToString();
                    last = result.Value.Number.ToString();
                }
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(await estimates.CheckAsync(session, accepted, actor, now, ct));
        }

        if (errors.Count > 0)
        {
            return ImportReport.Failed(errors, rows);
        }

        // A check only (commit: false) ends here: the session is disposed uncommitted, so nothing it appended is kept.
        var report = new ImportReport(rows, stored, skipped, first, last, []);
        if (commit)
        {
            await session.CommitAsync(batch?.Invoke(report), ct);
        }

        return report;
    }
}
