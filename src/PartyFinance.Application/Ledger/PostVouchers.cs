using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
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
        string actor, Func<ImportReport, ImportBatch>? batch, CancellationToken ct, bool commit = true) =>
        (await PostAsync(drafts, (earlierErrors, rows), reading: null, allowed: null, actor, batch, commit, ct))!;

    /// <summary>
    /// `voucher import` (and its dry run, <paramref name="commit"/> false) of a file: the drafts are read grouped
    /// (<see cref="VoucherCsvReading"/>) and each is posted as soon as its lines are read, so memory does not grow with
    /// the file; everything stays inside the one session, which commits only when the whole file is good. Each unit
    /// the file names is checked for <see cref="Permission.VoucherImport"/> when it first appears; a refused unit stops the
    /// posting and, at the end, the import is refused with every unit's refusal and nothing else (as a check of all
    /// the file's units before reading would). A file whose key comes back after other keys' lines is read again whole
    /// (every voucher held, as before), with the same outcome.
    /// </summary>
    public async Task<ImportReport> ImportAsync(ImportFile file, string actor, AccessGuard access, Func<ImportReport, ImportBatch>? batch, bool commit, CancellationToken ct)
    {
        Task<Result> Allowed(IReadOnlyCollection<string?> units) => access.CheckAsync(actor, Permission.VoucherImport, units, ct);
        using (var reading = new VoucherCsvReading(file.Open(), file.Name, grouped: true))
        {
            // The file is parsed on another thread, ahead of the posting.
            var report = await PostAsync(ReadAhead.Of(reading.Drafts()), ([], 0), reading, Allowed, actor, batch, commit, ct);
            if (report is not null)
            {
                return report;
            }
        }

        var (drafts, errors, rows) = VoucherCsvParser.Parse(file.Open(), file.Name);
        var allowed = await Allowed(drafts.Select(d => (string?)d.UnitCode).ToList());
        return allowed.IsFailure ? ImportReport.Failed(allowed.Errors) : await RunAsync(drafts, errors, rows, actor, batch, ct, commit);
    }

    /// <summary>
    /// The batch's outcome. Drafts of a list come with the errors and row count of their reading (<paramref name="read"/>);
    /// drafts of a grouped file's <paramref name="reading"/> have unique keys, and its errors and rows are known once they
    /// are read — null then when a key came back (the reading stopped short; nothing is committed).
    /// </summary>
    private async Task<ImportReport?> PostAsync(IEnumerable<VoucherDraft> drafts, (IReadOnlyList<DomainError> Errors, int Rows) read, VoucherCsvReading? reading,
        Func<IReadOnlyCollection<string?>, Task<Result>>? allowed, string actor, Func<ImportReport, ImportBatch>? batch, bool commit, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        await using var session = await store.BeginAsync(ct);
        var now = clock.GetUtcNow();
        var seen = reading is null ? new HashSet<string>(StringComparer.Ordinal) : null;
        var units = allowed is null ? null : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var refusals = new List<DomainError>();
        DomainError? appendRefused = null;
        int stored = 0, skipped = 0;
        string? first = null, last = null;
        var usage = estimates.NewUsage();
        var chunk = new List<VoucherDraft>(KeyChunk);
        foreach (var draft in drafts)
        {
            if (units is not null && units.Add(draft.UnitCode))
            {
                var access = await allowed!([draft.UnitCode]);
                if (access.IsFailure && access.Errors.Any(e => e.Code == AccessErrors.UnknownUser))
                {
                    return ImportReport.Failed(access.Errors);
                }

                refusals.AddRange(access.Errors);
            }

            if (refusals.Count > 0)
            {
                // Refused: the rest of the file is read only for the units it names.
                continue;
            }

            chunk.Add(draft);
            if (chunk.Count == KeyChunk)
            {
                await PostChunkAsync();
            }
        }

        if (reading?.Interleaved is not null)
        {
            return null;
        }

        if (units is { Count: 0 })
        {
            refusals.AddRange((await allowed!([])).Errors);
        }

        if (refusals.Count > 0)
        {
            return ImportReport.Failed(refusals);
        }

        await PostChunkAsync();
        var (earlier, rows) = reading is null ? read : (reading.Errors, reading.Rows);
        if (earlier.Count > 0 && appendRefused is not null)
        {
            // Read whole, a file with bad rows would have had nothing appended, so this refusal would not have been found.
            errors.Remove(appendRefused);
        }

        errors.InsertRange(0, earlier);
        if (errors.Count == 0)
        {
            errors.AddRange(await estimates.CheckAsync(session, usage, actor, now, ct));
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

        // Posted keys are looked up a chunk at a time, so a re-import of a million keys holds no million-entry map.
        async Task PostChunkAsync()
        {
            if (chunk.Count == 0)
            {
                return;
            }

            var posted = await session.FindPostedKeysAsync(chunk.ConvertAll(d => d.Key), ct);
            foreach (var draft in chunk)
            {
                if (seen is not null && !seen.Add(draft.Key))
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

                if (errors.Count == 0 && (reading?.ErrorsSoFar ?? read.Errors.Count) == 0)
                {
                    if (await session.AppendAsync(result.Value, ct) is { } tooMuch)
                    {
                        errors.Add(appendRefused = tooMuch with { Row = draft.Row });
                        continue;
                    }

                    usage.Add(draft);
                    stored++;
                    first ??= result.Value.Number.ToString();
                    last = result.Value.Number.ToString();
                }
            }

            chunk.Clear();
        }
    }
}
