namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// SQL Server's counterpart of <see cref="Sqlite.SqliteBackup"/>: `db backup` / `db restore` copy a SQLite
/// file; a SQL Server database is backed up by its administrator on the server (BACKUP DATABASE …
/// WITH COPY_ONLY, CHECKSUM; RESTORE DATABASE, then `audit verify`), which is what the refusal says.
/// </summary>
public static class SqlServerBackup
{
    public const string BackupRefusal = "db backup chỉ dùng cho SQLite; SQL Server sao lưu trên máy chủ bằng BACKUP DATABASE … WITH COPY_ONLY, CHECKSUM (xem README, mục SQL Server).";

    public const string RestoreRefusal = "db restore chỉ dùng cho SQLite; SQL Server phục hồi trên máy chủ bằng RESTORE DATABASE, rồi chạy audit verify (xem README, mục SQL Server).";
}
