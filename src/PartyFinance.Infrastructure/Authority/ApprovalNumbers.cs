using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Authority.Records;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>
/// Short numbers of approval requests: assigned inside the transaction that first saves a request, read
/// back for display, and accepted wherever a request is named (the number, or the full Guid).
/// </summary>
public sealed class ApprovalNumbers(DatabaseTarget target)
{
    public const string Counter = "approval";

    /// <summary>
    /// Takes the next value of the counter {0}: UPDATE … RETURNING (SQLite ≥ 3.35, PostgreSQL), UPDATE … OUTPUT (SQL Server),
    /// atomic under concurrent submitters.
    /// </summary>
    public static string NextCounterSql(bool sqlServer) => sqlServer
        ? Persistence.SqlServer.SqlServerOptions.NextCounterSql("counters")
        : "UPDATE counters SET value = value + 1 WHERE name = {0} RETURNING value AS \"Value\"";

    /// <summary>Adds the next number for <paramref name="requestId"/> to <paramref name="db"/> (saved with the request).</summary>
    public static async Task AssignAsync(PartyFinanceDbContext db, Guid requestId, CancellationToken ct)
    {
        var values = await db.Database.SqlQueryRaw<long>(NextCounterSql(db.Database.IsSqlServer()), Counter)
            .ToListAsync(ct);
        var number = values.Count == 1 ? values[0] : throw new InvalidOperationException($"Counter '{Counter}' is missing: run db init.");
        db.ApprovalNumbers.Add(new ApprovalNumberRecord { Number = number, RequestId = requestId });
    }

    /// <summary>The request a person named: its short number ("12", "#12") or its Guid; null when neither shape.</summary>
    public async Task<Guid?> ResolveAsync(string? text, CancellationToken ct)
    {
        var t = text?.Trim().TrimStart('#') ?? string.Empty;
        if (Guid.TryParse(t, out var id))
        {
            return id;
        }

        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        await using var db = target.CreateContext();
        var found = await db.ApprovalNumbers.Where(n => n.Number == number).Select(n => (Guid?)n.RequestId).FirstOrDefaultAsync(ct);
        return found ?? Guid.Empty;
    }

    public async Task<long> NumberOfAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await db.ApprovalNumbers.Where(n => n.RequestId == requestId).Select(n => n.Number).SingleAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, long>> AllAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await db.ApprovalNumbers.ToDictionaryAsync(n => n.RequestId, n => n.Number, ct);
    }
}
