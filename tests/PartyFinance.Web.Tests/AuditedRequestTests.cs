using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace PartyFinance.Web.Tests;

/// <summary>A change made on the web is recorded with its user, the request as its command and the reason the form or body gave.</summary>
public sealed class AuditedRequestTests
{
    private static List<(string Actor, string? Command, string? Reason)> Trail(WebFactory factory, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT actor, command, reason FROM audit_events WHERE table_name = $t ORDER BY id";
        cmd.Parameters.AddWithValue("$t", table);
        using var reader = cmd.ExecuteReader();
        var rows = new List<(string, string?, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    [Fact]
    public async Task AnUnlockThroughTheApi_IsRecordedWithItsUserCommandAndReason()
    {
        using var factory = new WebFactory();
        var chief = await factory.SignedInAsync("ketoantruong");
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync("/api/periods/lock", new { unit = "VPTU", year = 2026, month = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync("/api/periods/unlock", new { unit = "VPTU", year = 2026, month = 10, reason = "  Điều chỉnh số liệu tháng 10 " })).StatusCode);

        var rows = Trail(factory, "periods").TakeLast(2).ToList();

        Assert.Equal([("ketoantruong", "web POST /api/periods/lock", null), ("ketoantruong", "web POST /api/periods/unlock", "Điều chỉnh số liệu tháng 10")], rows);
    }

    [Fact]
    public async Task AnUnlockThroughTheForm_IsRecordedWithTheFormsReason()
    {
        using var factory = new WebFactory();
        var chief = await factory.SignedInAsync("ketoantruong");
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync("/api/periods/lock", new { unit = "VPTU", year = 2026, month = 9 })).StatusCode);
        using var response = await Forms.PostAsync(chief, "/khoa-so", new Dictionary<string, string>
        {
            ["unit"] = "VPTU",
            ["year"] = "2026",
            ["month"] = "9",
            ["reason"] = "Kiểm toán yêu cầu sửa",
        }, "/khoa-so?handler=Unlock");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found, response.StatusCode.ToString());
        Assert.Equal(("ketoantruong", "web POST /khoa-so", "Kiểm toán yêu cầu sửa"), Trail(factory, "periods")[^1]);
    }
}
