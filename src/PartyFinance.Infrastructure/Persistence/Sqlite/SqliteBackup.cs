using Microsoft.Data.Sqlite;
using PartyFinance.Application.Audit;
using PartyFinance.Domain.Common;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>
/// `db backup` and `db restore` with SQLite's online backup API (consistent while others read and
/// write). A backup never overwrites: it is written under a temporary name beside the target and
/// renamed when complete. A restore takes only a PartyFinance database of schema 13 or later whose audit
/// trail verifies, restored by an administrator of that copy; the copy is checked before the live
/// database is touched, and the restored database is verified again.
/// </summary>
public sealed class SqliteBackup(DatabaseTarget target, TimeProvider clock) : IDatabaseBackup
{
    private const string Header = "SQLite format 3\0";

    public async Task<Result<string>> BackupAsync(string file, CancellationToken ct)
    {
        if (target.Provider != DatabaseProvider.Sqlite)
        {
            return Result.Failure<string>(new DomainError(BackupErrors.NotSqlite, target.Provider == DatabaseProvider.SqlServer
                ? SqlServer.SqlServerBackup.BackupRefusal
                : "db backup chỉ dùng cho SQLite; PostgreSQL sao lưu bằng pg_dump (xem README, mục Audit trail).", "db"));
        }

        var full = Path.GetFullPath(file);
        if (File.Exists(full))
        {
            return Result.Failure<string>(new DomainError(BackupErrors.Exists, $"Tệp '{file}' đã có; bản sao lưu không ghi đè tệp nào, hãy chọn tên khác.", "out"));
        }

        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await CopyAsync(target.ConnectionString, new SqliteConnectionStringBuilder { DataSource = temp }.ToString(), ct);
            File.Move(temp, full, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }

        return Result.Success(full);
    }

    public async Task<Result<AuditVerification>> RestoreAsync(string file, CancellationToken ct)
    {
        if (target.Provider != DatabaseProvider.Sqlite)
        {
            return Result.Failure<AuditVerification>(new DomainError(BackupErrors.NotSqlite, target.Provider == DatabaseProvider.SqlServer
                ? SqlServer.SqlServerBackup.RestoreRefusal
                : "db restore chỉ dùng cho SQLite; PostgreSQL phục hồi bằng pg_restore (xem README, mục Audit trail).", "db"));
        }

        if (!File.Exists(file))
        {
            return Result.Failure<AuditVerification>(new DomainError(BackupErrors.NotFound, $"Không tìm thấy tệp sao lưu '{file}'.", "file"));
        }

        if (!await IsPartyFinanceAsync(file, ct))
        {
            return Result.Failure<AuditVerification>(new DomainError(BackupErrors.NotPartyFinance,
                $"Tệp '{file}' không phải cơ sở dữ liệu PartyFinance (lược đồ 13 trở lên, có nhật ký kiểm toán); không có gì thay đổi.", "file"));
        }

        var live = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        var copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(live))!, Path.GetFileName(live) + ".restore-" + Guid.NewGuid().ToString("N"));
        try
        {
            await CopyAsync(ReadOnly(file), new SqliteConnectionStringBuilder { DataSource = copy }.ToString(), ct);
            var copyTarget = DatabaseTarget.Parse(copy);
            var actor = target.Audit?.Actor ?? string.Empty;
            if (!await IsAdministratorAsync(copyTarget, actor, ct))
            {
                return Result.Failure<AuditVerification>(new DomainError(BackupErrors.NotAdministrator,
                    $"'{actor}' không phải quản trị viên trong bản sao lưu; chỉ quản trị viên mới được phục hồi. Không có gì thay đổi.", "by"));
            }

            var before = await new Audit.AuditTrail(copyTarget).VerifyAsync(null, null, ct);
            if (!before.Ok)
            {
                return Result.Failure<AuditVerification>(new DomainError(BackupErrors.NotVerified,
                    $"Bản sao lưu '{file}' không qua được kiểm tra nhật ký kiểm toán ({before.Problems.Count} vấn đề, chạy audit verify --db {file}); không có gì thay đổi.", "file"));
            }

            await RecordRestoreAsync(copyTarget with { Audit = target.Audit }, file, before, ct);
            SqliteConnection.ClearAllPools();
            await CopyAsync(new SqliteConnectionStringBuilder { DataSource = copy }.ToString(), target.ConnectionString, ct);

            return Result.Success(await new Audit.AuditTrail(target).VerifyAsync(null, null, ct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var leftover in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>
    /// One database copied onto another with the online backup API, unpooled. A lock another connection holds for a moment
    /// (a writer's commit into the live file, the checkpoint when its last connection closes) is waited for as every write
    /// waits, up to the target's <see cref="DatabaseWait"/> limit, the wait announced once; the copy then starts again.
    /// </summary>
    private async Task CopyAsync(string sourceConnection, string destinationConnection, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + target.Wait.Limit;
        for (var pause = TimeSpan.FromMilliseconds(20); ; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.TicksPerSecond)))
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder(sourceConnection) { Pooling = false }.ToString());
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder(destinationConnection) { Pooling = false }.ToString());
            try
            {
                await source.OpenAsync(ct);
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination);
                return;
            }
            catch (SqliteException e) when (SqliteOptions.IsBusy(e) && DateTime.UtcNow + pause < deadline)
            {
                target.Wait.Started();
            }

            await Task.Delay(pause, ct);
        }
    }

    private static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static async Task<bool> IsPartyFinanceAsync(string file, CancellationToken ct)
    {
        var head = new byte[16];
        await using (var stream = File.OpenRead(file))
        {
            if (await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct) < head.Length || System.Text.Encoding.ASCII.GetString(head) != Header)
            {
                return false;
            }
        }

        try
        {
            await using var connection = new SqliteConnection(ReadOnly(file));
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" IN ('20261122000001_Ledger', '" + Audit.SchemaRecord.TrailMigration + "')";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 2;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>
    /// The restore is the restored books' own latest event (province chain): who restored, from which file (its SHA-256),
    /// why, and what the copy verified to. It is written into the verified copy before the copy replaces the live books.
    /// </summary>
    private static async Task RecordRestoreAsync(DatabaseTarget copy, string file, AuditVerification verified, CancellationToken ct)
    {
        string digest;
        await using (var read = File.OpenRead(file))
        {
            digest = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(read, ct));
        }

        await using var db = copy.CreateContext();
        db.RecordAudit(new Audit.PendingAuditEvent("restore", "database", Path.GetFileName(file), null,
            Audit.CanonicalJson.Object([new("file", Path.GetFullPath(file)), new("sha256", digest), new("events", verified.Events), new("vouchers", verified.Vouchers)]),
            string.Empty, null, copy.Audit?.Reason));
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> IsAdministratorAsync(DatabaseTarget copy, string actor, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await using var db = copy.CreateContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.RoleGrants,
            g => g.Login == actor && g.Role == Domain.Authority.Role.Admin && g.ValidFrom <= today && (g.ValidTo == null || g.ValidTo >= today), ct);
    }
}
