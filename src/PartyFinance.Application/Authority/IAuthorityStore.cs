using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// Persistence seam of the authority engine (implemented with EF Core in Infrastructure).
/// Each Save is one transaction. Approval events are append-only: SaveRequestAsync inserts the
/// events whose Sequence is above what is stored and never updates or deletes one.
/// </summary>
public interface IAuthorityStore
{
    Task<IReadOnlyList<RuleSet>> LoadRuleSetsAsync(CancellationToken cancellationToken);

    /// <summary>Stores the sets; a stored set with the same name is replaced as a whole (one-file re-import).</summary>
    Task SaveRuleSetsAsync(IReadOnlyList<RuleSet> ruleSets, CancellationToken cancellationToken);

    /// <summary>Every recorded `authority end`, oldest first.</summary>
    Task<IReadOnlyList<RuleSetEnd>> LoadRuleSetEndsAsync(CancellationToken cancellationToken);

    /// <summary>In one transaction: sets the stored set's effective_to to the end's last day and appends the end record.</summary>
    Task EndRuleSetAsync(RuleSetEnd end, CancellationToken cancellationToken);

    Task<User?> FindUserAsync(string login, CancellationToken cancellationToken);

    Task<IReadOnlyList<User>> ListUsersAsync(CancellationToken cancellationToken);

    /// <summary>Inserts a new user or adds the grants it does not yet hold; grants are never removed.</summary>
    Task SaveUserAsync(User user, CancellationToken cancellationToken);

    Task<ApprovalRequest?> FindRequestAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the request header if new, then appends the events added since it was read. Each
    /// event keeps its own sequence number, unique per request in the database, so a copy read
    /// before someone else's change cannot fork the history: that save is refused
    /// (<see cref="AuthorityErrors.ConcurrentChange"/>) and nothing of it is stored.
    /// </summary>
    Task<Result> SaveRequestAsync(ApprovalRequest request, CancellationToken cancellationToken);
}
