using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// `authority import rules.csv`: parses, keeps the ends recorded by `authority end` for sets it
/// replaces, checks that no two sets answering the same action (imported or already stored under
/// another name) are in force on the same day, then stores all or nothing.
/// </summary>
public sealed class ImportRuleSets(IAuthorityStore store, AccessGuard access)
{
    public async Task<Result<IReadOnlyList<RuleSet>>> ExecuteAsync(TextReader csv, string actor, CancellationToken cancellationToken)
    {
        var allowed = await access.CheckAsync(actor, Permission.RuleSetManage, (string?)null, cancellationToken);
        if (allowed.IsFailure)
        {
            return Result.Failure<IReadOnlyList<RuleSet>>(allowed.Errors);
        }

        return await StoreAsync(store, csv, cancellationToken);
    }

    /// <summary>
    /// `db init` loading the shipped default rule sets of db/authority: the same parsing and checks,
    /// without a permission check of its own, because `db init` itself is the checked action
    /// (<see cref="Reference.InitialiseBooks"/>) and the first administrator does not exist yet on a fresh installation.
    /// </summary>
    public static async Task<Result<IReadOnlyList<RuleSet>>> LoadShippedAsync(IAuthorityStore store, string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await StoreAsync(store, reader, cancellationToken);
    }

    private static async Task<Result<IReadOnlyList<RuleSet>>> StoreAsync(IAuthorityStore store, TextReader csv, CancellationToken cancellationToken)
    {
        var parsed = RuleSetCsvParser.Parse(csv);
        if (parsed.IsFailure)
        {
            return parsed;
        }

        var ends = (await store.LoadRuleSetEndsAsync(cancellationToken)).ToLookup(e => e.RuleSet, StringComparer.Ordinal);
        var errors = new List<DomainError>();
        var incoming = new List<RuleSet>();
        foreach (var set in parsed.Value)
        {
            var ended = KeepEnd(set, ends[set.Name]);
            if (ended.IsFailure)
            {
                errors.AddRange(ended.Errors);
            }
            else
            {
                incoming.Add(ended.Value);
            }
        }

        var names = incoming.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var kept = (await store.LoadRuleSetsAsync(cancellationToken)).Where(s => !names.Contains(s.Name)).ToList();
        for (var i = 0; i < incoming.Count; i++)
        {
            var set = incoming[i];
            foreach (var other in incoming.Skip(i + 1).Where(o => o.ClashesWith(set)))
            {
                errors.Add(Clash(set, other, inForce: false));
            }

            foreach (var other in kept.Where(o => o.ClashesWith(set)))
            {
                errors.Add(Clash(set, other, inForce: true));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IReadOnlyList<RuleSet>>(errors);
        }

        await store.SaveRuleSetsAsync(incoming, cancellationToken);
        return Result.Success<IReadOnlyList<RuleSet>>(incoming);
    }

    public async Task<Result<IReadOnlyList<RuleSet>>> ExecuteAsync(Common.ImportFile file, string actor, CancellationToken cancellationToken)
    {
        using var reader = file.OpenText();
        return await ExecuteAsync(reader, actor, cancellationToken);
    }

    /// <summary>An ended set stays ended when its file is imported again (the earliest recorded end wins).</summary>
    private static Result<RuleSet> KeepEnd(RuleSet set, IEnumerable<RuleSetEnd> ends)
    {
        var lastDay = ends.Select(e => (DateOnly?)e.LastDay).Min();
        return lastDay is { } day && (set.EffectiveTo is null || day < set.EffectiveTo) ? set.EndOn(day) : Result.Success(set);
    }

    private static DomainError Clash(RuleSet set, RuleSet other, bool inForce)
    {
        var actions = string.Join(", ", set.Actions.Intersect(other.Actions).Order().Select(a => a.VietnameseName()));
        var message = $"Bộ quy tắc '{set.Name}' ({set.DescribePeriod()}) trùng thời gian hiệu lực với '{other.Name}' ({other.DescribePeriod()}) cho hành động {actions}: mỗi ngày, mỗi hành động chỉ được có một bộ quy tắc.";
        if (inForce && set.EffectiveFrom > other.EffectiveFrom)
        {
            var lastDay = set.EffectiveFrom.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            message += $" Để thay thế, kết thúc bộ đang có hiệu lực trước: partyfinance authority end \"{other.Name}\" --date {lastDay} --reason \"…\".";
        }

        return new DomainError(AuthorityErrors.RuleSetPeriodOverlap, message, "effective_from");
    }
}
