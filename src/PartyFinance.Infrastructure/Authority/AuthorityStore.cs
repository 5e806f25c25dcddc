using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>
/// EF Core implementation of <see cref="IAuthorityStore"/>. Each Save is one transaction. Approval
/// history is only ever inserted: events at or below the stored sequence are left alone, and the
/// database triggers refuse any UPDATE or DELETE on approval_requests and approval_events.
/// A user and their grants are read once per store (one web request or command: an approval asks for its signer three
/// or four times) and given out as a new <see cref="User"/> each time; saving a user forgets what was read.
/// </summary>
public sealed class AuthorityStore(DatabaseTarget target) : IAuthorityStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Name, RoleGrant[] Grants)?> _users = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<RuleSet>> LoadRuleSetsAsync(CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var sets = await db.AuthorityRuleSets.OrderBy(s => s.EffectiveFrom).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var rules = (await db.AuthorityRules.ToListAsync(cancellationToken)).ToLookup(r => r.RuleSet, StringComparer.Ordinal);
        return sets.ConvertAll(s => AuthorityMapping.ToDomain(s, rules[s.Name]));
    }

    public async Task SaveRuleSetsAsync(IReadOnlyList<RuleSet> ruleSets, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var names = ruleSets.Select(s => s.Name).ToList();

        // A re-imported set replaces the stored one with the same name as a whole.
        await db.AuditedAsync(db.AuthorityRules.Where(r => names.Contains(r.RuleSet)), q => q.ExecuteDeleteAsync(cancellationToken), cancellationToken);
        await db.AuditedAsync(db.AuthorityRuleSets.Where(s => names.Contains(s.Name)), q => q.ExecuteDeleteAsync(cancellationToken), cancellationToken);
        foreach (var set in ruleSets)
        {
            db.AuthorityRuleSets.Add(AuthorityMapping.ToRecord(set));
            db.AuthorityRules.AddRange(set.Rules.Select(r => AuthorityMapping.ToRecord(set.Name, r)));
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<User?> FindUserAsync(string login, CancellationToken cancellationToken)
    {
        if (!_users.TryGetValue(login, out var known))
        {
            known = await ReadUserAsync(login, cancellationToken);
            _users[login] = known;
        }

        return known is { } found ? User.Restore(login, found.Name, found.Grants) : null;
    }

    private async Task<(string Name, RoleGrant[] Grants)?> ReadUserAsync(string login, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var user = await AuthorityQueries.User.For(db)(db, login, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var grants = await AuthorityQueries.GrantsAsync(db, login, cancellationToken);
        return (user.Name, grants.Select(AuthorityMapping.ToDomain).ToArray());
    }

    public async Task<IReadOnlyList<User>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var users = await db.Users.OrderBy(u => u.Login).ToListAsync(cancellationToken);
        var grants = (await db.RoleGrants.OrderBy(g => g.GrantNo).ToListAsync(cancellationToken)).ToLookup(g => g.Login, StringComparer.Ordinal);
        return users.ConvertAll(u => User.Restore(u.Login, u.Name, grants[u.Login].Select(AuthorityMapping.ToDomain)));
    }

    public async Task SaveUserAsync(User user, CancellationToken cancellationToken)
    {
        _users.Clear();
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Login == user.Login, cancellationToken))
        {
            db.Users.Add(new Records.UserRecord { Login = user.Login, Name = user.Name });
        }

        var stored = await db.RoleGrants.Where(g => g.Login == user.Login).ToListAsync(cancellationToken);
        var held = stored.Select(AuthorityMapping.ToDomain).ToHashSet();
        var next = stored.Count == 0 ? 1 : stored.Max(g => g.GrantNo) + 1;
        foreach (var grant in user.Grants.Where(g => !held.Contains(g)))
        {
            db.RoleGrants.Add(AuthorityMapping.ToRecord(user.Login, next++, grant));
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<ApprovalRequest?> FindRequestAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var header = await db.ApprovalRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (header is null)
        {
            return null;
        }

        var events = await db.ApprovalEvents.Where(e => e.RequestId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return ApprovalMapping.ToDomain(header, events);
    }

    /// <summary>
    /// Appends the events added since the request was read, each with its own sequence number.
    /// A copy read before someone else's change is refused: the stored history is longer than the
    /// copy's version, or — when two approvers save at once — the (request_id, sequence) primary
    /// key lets the first through and the second fails. Either way nothing of it is stored.
    /// </summary>
    public async Task<Result> SaveRequestAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var saved = await AppendRequestAsync(db, request, cancellationToken);
            if (saved.IsFailure)
            {
                return saved;
            }

            await tx.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return Result.Failure(ConcurrentChange(request));
        }

        request.MarkStored();
        return Result.Success();
    }

    /// <summary>The append itself, on the caller's context and transaction (the budget store signs spending steps in its unit of work).</summary>
    internal static async Task<Result> AppendRequestAsync(PartyFinanceDbContext db, ApprovalRequest request, CancellationToken cancellationToken)
    {
        // A request with stored events has its header stored (the events' foreign key): only a new one is looked for.
        if (request.StoredEvents == 0 && await AuthorityQueries.Approval.For(db)(db, request.Id, cancellationToken) is null)
        {
            db.ApprovalRequests.Add(ApprovalMapping.ToRecord(request));
            await ApprovalNumbers.AssignAsync(db, request.Id, cancellationToken);
        }

        var last = await AuthorityQueries.LastApprovalEvent.For(db)(db, request.Id, cancellationToken) ?? 0;
        if (last != request.StoredEvents)
        {
            return Result.Failure(ConcurrentChange(request));
        }

        db.ApprovalEvents.AddRange(request.Events.Skip(request.StoredEvents).Select(e => ApprovalMapping.ToRecord(request.Id, e)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Result.Success();
    }

    public static DomainError ConcurrentChange(ApprovalRequest request) => new(
        AuthorityErrors.ConcurrentChange,
        $"Hồ sơ duyệt {request.Id.ToString("D", System.Globalization.CultureInfo.InvariantCulture)} vừa được người khác thay đổi (duyệt hoặc từ chối) trong lúc bạn thao tác; không có gì được ghi. Hãy xem lại hồ sơ (approval show) rồi thử lại.");

    public async Task<IReadOnlyList<RuleSetEnd>> LoadRuleSetEndsAsync(CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        var ends = await db.AuthorityRuleSetEnds.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return ends.ConvertAll(e => new RuleSetEnd(e.RuleSet, e.LastDay, e.PreviousEffectiveTo, e.Reason, e.EndedBy, e.EndedAt));
    }

    public async Task EndRuleSetAsync(RuleSetEnd end, CancellationToken cancellationToken)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var set = await db.AuthorityRuleSets.AsTracking().SingleAsync(s => s.Name == end.RuleSet, cancellationToken);
        set.EffectiveTo = end.LastDay;
        var id = (await db.AuthorityRuleSetEnds.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0) + 1;
        db.AuthorityRuleSetEnds.Add(new Records.RuleSetEndRecord
        {
            Id = id,
            RuleSet = end.RuleSet,
            LastDay = end.LastDay,
            PreviousEffectiveTo = end.PreviousEffectiveTo,
            Reason = end.Reason,
            EndedBy = end.By,
            EndedAt = end.At.ToUniversalTime(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
