using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// `authority import` as a dry run: <see cref="ImportRuleSets"/> itself — the permission, the parse, the ends kept from
/// `authority end`, the overlaps within the file and with the stored sets — over the store with its one write left out, so
/// the whole error list or the sets it would store is known before anything is stored. Stores nothing.
/// </summary>
public sealed class CheckRuleSetImport(IAuthorityStore store, AccessGuard access)
{
    public Task<Result<IReadOnlyList<RuleSet>>> RunAsync(ImportFile file, string by, CancellationToken ct) =>
        new ImportRuleSets(new NotSaving(store), access).ExecuteAsync(file, by, ct);

    /// <summary>Reads from the store; the import's only write (<see cref="SaveRuleSetsAsync"/>) is what the dry run leaves out.</summary>
    private sealed class NotSaving(IAuthorityStore inner) : IAuthorityStore
    {
        public Task<IReadOnlyList<RuleSet>> LoadRuleSetsAsync(CancellationToken cancellationToken) => inner.LoadRuleSetsAsync(cancellationToken);

        public Task SaveRuleSetsAsync(IReadOnlyList<RuleSet> ruleSets, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<RuleSetEnd>> LoadRuleSetEndsAsync(CancellationToken cancellationToken) => inner.LoadRuleSetEndsAsync(cancellationToken);

        public Task EndRuleSetAsync(RuleSetEnd end, CancellationToken cancellationToken) => throw WritesNothing();

        public Task<User?> FindUserAsync(string login, CancellationToken cancellationToken) => inner.FindUserAsync(login, cancellationToken);

        public Task<IReadOnlyList<User>> ListUsersAsync(CancellationToken cancellationToken) => inner.ListUsersAsync(cancellationToken);

        public Task SaveUserAsync(User user, CancellationToken cancellationToken) => throw WritesNothing();

        public Task<ApprovalRequest?> FindRequestAsync(Guid id, CancellationToken cancellationToken) => inner.FindRequestAsync(id, cancellationToken);

        public Task<Result> SaveRequestAsync(ApprovalRequest request, CancellationToken cancellationToken) => throw WritesNothing();

        private static InvalidOperationException WritesNothing() => new("A dry run of authority import writes nothing.");
    }
}
