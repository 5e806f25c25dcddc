using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Tests.Schema;

/// <summary>Reads tables, columns (type, nullability), indexes and keys back from a live database, provider by provider.</summary>
internal static class SchemaReader
{
    public static async Task<SortedSet<string>> ReadAsync(PartyFinanceDbContext db, DatabaseProvider provider)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var result = new SortedSet<string>(StringComparer.Ordinal);
        if (provider == DatabaseProvider.Sqlite)
        {
            foreach (var table in await Strings(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%EFMigrations%'"))
            {
                foreach (var col in await Strings(conn, $"SELECT name || ' ' || type || ' ' || \"notnull\" || ' pk' || pk FROM pragma_table_info('{table}')"))
                {
                    result.Add($"{table}.{col}");
                }

                foreach (var idx in await Strings(conn, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
                {
                    var name = idx.Split(' ')[0];
                    var cols = string.Join(",", await Strings(conn, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"));
                    result.Add($"{table} index {idx} ({cols})");
                }

                foreach (var fk in await Strings(conn, $"SELECT \"from\" || '->' || \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('{table}')"))
                {
                    result.Add($"{table} fk {fk}");
                }
            }
        }
        else if (provider == DatabaseProvider.SqlServer)
        {
            foreach (var col in await Strings(conn, "SELECT c.TABLE_NAME + '.' + c.COLUMN_NAME + ' ' + c.DATA_TYPE + '(' + COALESCE(CAST(c.CHARACTER_MAXIMUM_LENGTH AS varchar(12)), '') + ') ' " +
                                                    "+ COALESCE(c.COLLATION_NAME, '') + ' ' + c.IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_NAME NOT LIKE '%EFMigrations%' " +
                                                    $"AND c.TABLE_NAME <> '{Persistence.SqlServer.SqlServerSchema.TruncateGuardTable}'"))
            {
                result.Add(col);
            }

            foreach (var idx in await Strings(conn, "SELECT t.name + ' ' + i.name + ' unique=' + CAST(i.is_unique AS varchar(1)) + ' pk=' + CAST(i.is_primary_key AS varchar(1)) + ' (' + " +
                                                    "STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal) + ') ' + COALESCE(i.filter_definition, '') " +
                                                    "FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id " +
                                                    "JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE t.name NOT LIKE '%EFMigrations%' " +
                                                    $"AND t.name <> '{Persistence.SqlServer.SqlServerSchema.TruncateGuardTable}' " +
                                                    "GROUP BY t.name, i.name, i.is_unique, i.is_primary_key, i.filter_definition"))
            {
                result.Add(idx);
            }

            foreach (var fk in await Strings(conn, "SELECT OBJECT_NAME(f.parent_object_id) + ' ' + f.name + ' -> ' + OBJECT_NAME(f.referenced_object_id) + ' ' + f.delete_referential_action_desc FROM sys.foreign_keys f " +
                                                   $"WHERE OBJECT_NAME(f.parent_object_id) <> '{Persistence.SqlServer.SqlServerSchema.TruncateGuardTable}'"))
            {
                result.Add(fk);
            }
        }
        else
        {
            foreach (var col in await Strings(conn, "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '%EFMigrations%'"))
            {
                result.Add(col);
            }

            foreach (var idx in await Strings(conn, "SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '%EFMigrations%'"))
            {
                result.Add(idx);
            }

            foreach (var fk in await Strings(conn, "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'"))
            {
                result.Add(fk);
            }
        }

        return result;
    }

    private static async Task<List<string>> Strings(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
