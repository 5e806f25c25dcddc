using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Authority.Records;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>
/// The reads every signature makes — the signer and their grants, the approval request and its events, its last event number —
/// compiled once per process (see <see cref="SpendingQueries"/> for why). Same SQL, same rows as the LINQ they replace.
/// </summary>
internal static class AuthorityQueries
{
    public static readonly CompiledQuery<Func<PartyFinanceDbContext, string, CancellationToken, Task<UserRecord?>>> User =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, string login, CancellationToken ct) => db.Users.FirstOrDefault(u => u.Login == login)));

    private static readonly CompiledQuery<Func<PartyFinanceDbContext, string, IAsyncEnumerable<RoleGrantRecord>>> GrantsQuery =
        new(() => EF.CompileAsyncQuery<PartyFinanceDbContext, string, RoleGrantRecord>((db, login) => db.RoleGrants.Where(g => g.Login == login).OrderBy(g => g.GrantNo)));

    public static readonly CompiledQuery<Func<PartyFinanceDbContext, Guid, CancellationToken, Task<ApprovalRequestRecord?>>> Approval =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, Guid id, CancellationToken ct) => db.ApprovalRequests.FirstOrDefault(r => r.Id == id)));

    private static readonly CompiledQuery<Func<PartyFinanceDbContext, Guid, IAsyncEnumerable<ApprovalEventRecord>>> ApprovalEventsQuery =
        new(() => EF.CompileAsyncQuery<PartyFinanceDbContext, Guid, ApprovalEventRecord>((db, id) => db.ApprovalEvents.Where(e => e.RequestId == id).OrderBy(e => e.Sequence)));

    public static readonly CompiledQuery<Func<PartyFinanceDbContext, Guid, CancellationToken, Task<int?>>> LastApprovalEvent =
        new(() => EF.CompileAsyncQuery((PartyFinanceDbContext db, Guid id, CancellationToken ct) => db.ApprovalEvents.Where(e => e.RequestId == id).Max(e => (int?)e.Sequence)));

    public static Task<List<RoleGrantRecord>> GrantsAsync(PartyFinanceDbContext db, string login, CancellationToken ct) =>
        SpendingQueries.ListAsync(GrantsQuery.For(db)(db, login), ct);

    public static Task<List<ApprovalEventRecord>> ApprovalEventsAsync(PartyFinanceDbContext db, Guid id, CancellationToken ct) =>
        SpendingQueries.ListAsync(ApprovalEventsQuery.For(db)(db, id), ct);
}
