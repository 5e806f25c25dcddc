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
