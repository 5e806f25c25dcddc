using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PartyFinance.Testing;

/// <summary>
/// A SHA-256 over every row of every table of a SQLite database (rows sorted, so the order the engine
/// returns them in does not matter): equal fingerprints before and after a command prove that it
/// changed nothing — no row added, altered or removed, counters and sequences included.
/// </summary>
public static class DatabaseFingerprint
{
    public static string Of(string sqliteFile) => Of(sqliteFile, []);

    /// <summary>The fingerprint of every table but <paramref name="except"/> (what a command is allowed to change, such as the approval it records).</summary>
    public static string Of(string sqliteFile, IReadOnlyCollection<string> except)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var r = list.ExecuteReader();
            while (r.Read())
            {
                tables.Add(r.GetString(0));
            }
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables.Where(t => !except.Contains(t)))
        {
            var rows = new List<string>();
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var r = select.ExecuteReader();
            while (r.Read())
            {
                var cells = new string[r.FieldCount];
                for (var i = 0; i < r.FieldCount; i++)
                {
                    cells[i] = r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                }

                rows.Add(string.Join('\u001F', cells));
            }

            rows.Sort(StringComparer.Ordinal);
            sha.AppendData(Encoding.UTF8.GetBytes(table + "\u001E" + rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u001E" + string.Join('\u001E', rows)));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
