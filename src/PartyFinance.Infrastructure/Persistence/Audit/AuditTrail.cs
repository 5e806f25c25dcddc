using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Application.Audit;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// `audit verify` and `audit log`. Verify walks every chain (each row's hash recomputed, each link to
/// the previous row, no sequence number missing, no id missing), recomputes the digest of every posted
/// voucher and compares it with the post/seal rows that cover it, checks the balances the reports read against
/// those vouchers and the opening balances against the trail (<see cref="LedgerFigures"/>), and compares the
/// schema's triggers with the fingerprint recorded at the application's last schema change.
/// </summary>
public sealed class AuditTrail(DatabaseTarget target) : IAuditTrail
{
    public const string Changed = "changed";
    public const string Missing = "missing";
    public const string Inserted = "inserted";

    public async Task<AuditVerification> VerifyAsync(string? unit, int? year, CancellationToken ct)
    {
        var problems = new List<AuditProblem>();
        var covered = new Dictionary<string, string>(StringComparer.Ordinal);
        long events = 0;
        var chains = 0;
        var ids = new List<long>();
        await using (var db = target.CreateContext())
        {
            var rows = db.AuditEvents.AsNoTracking();
            if (unit is not null)
            {
                rows = rows.Where(e => e.ChainUnit == unit);
            }

            if (year is not null)
            {
                rows = rows.Where(e => e.ChainYear == year);
            }

            (string Unit, int Year)? chain = null;
            long expected = 1;
            string? previous = null;
            await foreach (var r in rows.OrderBy(e => e.ChainUnit).ThenBy(e => e.ChainYear).ThenBy(e => e.Seq).AsAsyncEnumerable().WithCancellation(ct))
            {
                events++;
                ids.Add(r.Id);
                if (chain != (r.ChainUnit, r.ChainYear))
                {
                    chain = (r.ChainUnit, r.ChainYear);
                    chains++;
                    expected = 1;
                    previous = AuditHash.Genesis;
                }

                if (r.Seq > expected)
                {
                    for (var s = expected; s < r.Seq; s++)
                    {
                        problems.Add(new AuditProblem("audit_events", Key(r.ChainUnit, r.ChainYear, s), Missing));
                    }

                    previous = null;
                }

                if (AuditHash.Of(r) != r.Hash)
                {
                    problems.Add(new AuditProblem("audit_events", Key(r.ChainUnit, r.ChainYear, r.Seq), Changed));
                }
                else if (previous is not null && r.PrevHash != previous)
                {
                    // The row before was rewritten with a fresh hash: its successor still holds the old one.
                    problems.Add(new AuditProblem("audit_events", Key(r.ChainUnit, r.ChainYear, r.Seq - 1), Changed));
                }

                if (r.Kind is AuditTrailFormat.PostKind or AuditTrailFormat.SealKind && r.TableName == "vouchers")
                {
                    foreach (var (number, digest) in AuditTrailFormat.ReadCovered(r.AfterJson))
                    {
                        covered.TryAdd(number, digest);
                    }
                }

                previous = r.Hash;
                expected = r.Seq + 1;
            }

            if (unit is null && year is null)
            {
                ids.Sort();
                for (var i = 1; i < ids.Count; i++)
                {
                    for (var missing = ids[i - 1] + 1; missing < ids[i]; missing++)
                    {
                        problems.Add(new AuditProblem("audit_events", "id " + missing.ToString(CultureInfo.InvariantCulture), Missing));
                    }
                }
            }

            await CheckSchemaAsync(db, problems, ct);
        }

        long vouchers = 0;
        var figures = new LedgerFigures();
        await foreach (var v in StoredVoucherDigests.ReadAsync(target, unit, year, figures, ct))
        {
            vouchers++;
            if (!covered.Remove(v.Number, out var recorded))
            {
                problems.Add(new AuditProblem("vouchers", v.Number, Inserted));
            }
            else if (recorded != v.Value)
            {
                problems.Add(new AuditProblem("vouchers", v.Number, Changed));
            }
        }

        foreach (var number in covered.Keys.Order(StringComparer.Ordinal))
        {
            problems.Add(new AuditProblem("vouchers", number, Missing));
        }

        await using (var db = target.CreateContext())
        {
            await figures.CompareAsync(db, unit, year, problems, ct);
        }

        return new AuditVerification(problems, events, chains, vouchers);
    }

    private static Task<string?> RecordedFingerprintAsync(PartyFinanceDbContext db, CancellationToken ct) =>
        db.AuditEvents.AsNoTracking().Where(e => e.Kind == AuditTrailFormat.SchemaKind && e.TableName == AuditTrailFormat.SchemaTable)
            .OrderByDescending(e => e.Id).Select(e => e.AfterJson).FirstOrDefaultAsync(ct);

    private async Task CheckSchemaAsync(PartyFinanceDbContext db, List<AuditProblem> problems, CancellationToken ct)
    {
        var recorded = await RecordedFingerprintAsync(db, ct);
        if (recorded is null)
        {
            problems.Add(new AuditProblem(AuditTrailFormat.SchemaTable, "fingerprint", Missing));
            return;
        }

        var then = AuditTrailFormat.ReadFingerprint(recorded);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var now = await target.SchemaFingerprintAsync(connection, null, ct);
        foreach (var (item, value) in then.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!now.TryGetValue(item, out var current))
            {
                problems.Add(new AuditProblem(AuditTrailFormat.SchemaTable, item, Missing));
            }
            else if (current != value)
            {
                problems.Add(new AuditProblem(AuditTrailFormat.SchemaTable, item, Changed));
            }
        }

        foreach (var item in now.Keys.Where(k => !then.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new AuditProblem(AuditTrailFormat.SchemaTable, item, Inserted));
        }
    }

    public async Task<Domain.Common.Result<ResealReport>> ResealAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var recorded = await RecordedFingerprintAsync(db, ct);
        if (recorded is null)
        {
            return new Domain.Common.DomainError(BackupErrors.ResealNoFingerprint,
                "Nhật ký kiểm toán chưa ghi dấu vân tay lược đồ nào (chạy db init); không có gì để niêm phong lại.", "db");
        }

        var then = AuditTrailFormat.ReadFingerprint(recorded);
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var now = await target.SchemaFingerprintAsync(connection, transaction, ct);
        var differing = then.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Where(k => !then.TryGetValue(k, out var a) || !now.TryGetValue(k, out var b) || AuditTrailFormat.Definition(a) != AuditTrailFormat.Definition(b))
            .ToList();
        if (differing.Count > 0)
        {
            return new Domain.Common.DomainError(BackupErrors.ResealChanged,
                $"Không niêm phong lại: {string.Join(", ", differing)} khác với lược đồ đã ghi trong nhật ký (thiếu, thừa, bị tắt hoặc sửa định nghĩa), " +
                "không chỉ đổi mã đối tượng. Khôi phục lược đồ bằng db init hoặc phục hồi bản sao lưu đã kiểm tra; không có gì thay đổi.", "db");
        }

        var renewed = then.Keys.Where(k => then[k] != now[k]).Order(StringComparer.Ordinal).ToList();
        if (renewed.Count == 0)
        {
            return Domain.Common.Result.Success(new ResealReport([]));
        }

        await target.SealSchemaAsync(connection, transaction, ct);
        var sealedNow = await target.SchemaFingerprintAsync(connection, transaction, ct);
        var migrations = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        db.RecordAudit(new PendingAuditEvent(AuditTrailFormat.SchemaKind, AuditTrailFormat.SchemaTable, "reseal", recorded,
            AuditTrailFormat.Schema(sealedNow, migrations), string.Empty, null, target.Audit?.Reason));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Domain.Common.Result.Success(new ResealReport(renewed));
    }

    public async IAsyncEnumerable<AuditEntry> LogAsync(AuditLogFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = target.CreateContext();
        IQueryable<AuditEventRecord> rows = db.AuditEvents.AsNoTracking();
        if (filter.User is { } user)
        {
            rows = rows.Where(e => e.Actor == user);
        }

        if (filter.Unit is { } unit)
        {
            rows = rows.Where(e => e.ChainUnit == unit);
        }

        if (filter.Kind is { } kind)
        {
            rows = rows.Where(e => e.Kind == kind || e.TableName == kind);
        }

        // SQLite cannot compare instants in SQL: the dates are checked here, on the streamed rows.
        var vietnam = TimeSpan.FromHours(7);
        DateTimeOffset? start = filter.From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), vietnam) : null;
        DateTimeOffset? end = filter.To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), vietnam) : null;
        await foreach (var r in rows.OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if ((start is { } s && r.At < s) || (end is { } e && r.At >= e))
            {
                continue;
            }

            yield return new AuditEntry(r.Id, r.At, r.Actor, r.Command, r.Kind, r.TableName, r.EntityKey, r.ChainUnit, r.ChainYear, r.BeforeJson, r.AfterJson, r.Reason, r.Hash);
        }
    }

    private static string Key(string unit, int year, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{(unit.Length == 0 ? "*" : unit)}/{year}/{seq}");
}
