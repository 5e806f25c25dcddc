using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// `authority import rules.csv`: parses, checks that no two sets (imported or already stored
/// under another name) are in force on the same day, then stores all or nothing.
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

        var parsed = RuleSetCsvParser.Parse(csv);
        if (parsed.IsFailure)
        {
            return parsed;
        }

        var incoming = parsed.Value;
        var names = incoming.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var kept = (await store.LoadRuleSetsAsync(cancellationToken)).Where(s => !names.Contains(s.Name));
        var all = incoming.Concat(kept).ToList();
        var errors = new List<DomainError>();
        foreach (var set in incoming)
        {
            foreach (var other in all.Where(o => !ReferenceEquals(o, set) && o.PeriodOverlaps(set)))
            {
                if (incoming.Contains(other) && string.CompareOrdinal(other.Name, set.Name) < 0)
                {
                    continue; // the pair is reported once, from the other side
                }

                errors.Add(new DomainError(
                    AuthorityErrors.RuleSetPeriodOverlap,
                    $"Bộ quy tắc '{set.Name}' ({set.DescribePeriod()}) trùng thời gian hiệu lực với '{other.Name}' ({other.DescribePeriod()}): một ngày chỉ được có một bộ quy tắc.",
                    "effective_from"));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IReadOnlyList<RuleSet>>(errors);
        }

        await store.SaveRuleSetsAsync(incoming, cancellationToken);
        return parsed;
    }

    public async Task<Result<IReadOnlyList<RuleSet>>> ExecuteAsync(Common.ImportFile file, string actor, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.Open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ExecuteAsync(reader, actor, cancellationToken);
    }
}
