using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Tests.Authority;

/// <summary>Test fake of the store. It keeps the append-only contract: saving a request may only add events.</summary>
public sealed class InMemoryAuthorityStore : IAuthorityStore
{
    private readonly Dictionary<string, RuleSet> _ruleSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, User> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, ApprovalRequest> _requests = [];
    private readonly Dictionary<Guid, List<ApprovalEvent>> _events = [];

    public int RuleSetSaves { get; private set; }

    public IReadOnlyList<ApprovalEvent> StoredEvents(Guid id) => _events[id];

    public Task<IReadOnlyList<RuleSet>> LoadRuleSetsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RuleSet>>(_ruleSets.Values.ToList());

    public Task SaveRuleSetsAsync(IReadOnlyList<RuleSet> ruleSets, CancellationToken cancellationToken)
    {
        RuleSetSaves++;
        foreach (var set in ruleSets)
        {
            _ruleSets[set.Name] = set;
        }

        return Task.CompletedTask;
    }

    public Task<User?> FindUserAsync(string login, CancellationToken cancellationToken) =>
        Task.FromResult(_users.GetValueOrDefault(login));

    public Task<IReadOnlyList<User>> ListUsersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<User>>(_users.Values.ToList());

    public Task SaveUserAsync(User user, CancellationToken cancellationToken)
    {
        _users[user.Login] = user;
        return Task.CompletedTask;
    }

    public Task<ApprovalRequest?> FindRequestAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_requests.TryGetValue(id, out var r)
            ? ApprovalRequest.Restore(r.Id, r.DocumentKind, r.DocumentReference, r.ProposingUnit, r.Maker, r.Question, r.Decision, _events[id])
            : null);

    public Task<Result> SaveRequestAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        lock (_events)
        {
            _requests.TryAdd(request.Id, request);
            var stored = _events.TryGetValue(request.Id, out var list) ? list : _events[request.Id] = [];
            if (stored.Count != request.StoredEvents)
            {
                return Task.FromResult(Result.Failure(new DomainError(AuthorityErrors.ConcurrentChange, "Hồ sơ duyệt vừa được người khác thay đổi.")));
            }

            for (var i = 0; i < stored.Count; i++)
            {
                if (stored[i] != request.Events[i])
                {
                    throw new InvalidOperationException("History was rewritten.");
                }
            }

            stored.AddRange(request.Events.Skip(stored.Count));
            request.MarkStored();
            return Task.FromResult(Result.Success());
        }
    }

    public Task<IReadOnlyList<RuleSetEnd>> LoadRuleSetEndsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RuleSetEnd>>(Ends.ToList());

    public List<RuleSetEnd> Ends { get; } = [];

    public Task EndRuleSetAsync(RuleSetEnd end, CancellationToken cancellationToken)
    {
        _ruleSets[end.RuleSet] = _ruleSets[end.RuleSet].EndOn(end.LastDay).Value;
        Ends.Add(end);
        return Task.CompletedTask;
    }
}
