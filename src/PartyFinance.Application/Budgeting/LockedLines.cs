using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// The lines an <see cref="IBudgetStore.InLockedLinesAsync{T}"/> call holds locked: those that
/// existed (loaded) and those the work creates (added). Only keys that were locked can be used.
/// </summary>
public sealed class LockedLines
{
    private readonly Dictionary<BudgetLineKey, BudgetLine?> _lines;
    private readonly List<BudgetLine> _added = [];

    public LockedLines(IReadOnlyCollection<BudgetLineKey> keys, IEnumerable<BudgetLine> loaded)
    {
        _lines = keys.Distinct().ToDictionary(k => k, _ => (BudgetLine?)null);
        foreach (var line in loaded)
        {
            _lines[line.Key] = _lines.ContainsKey(line.Key) ? line : throw new InvalidOperationException("A line was loaded that was not locked.");
        }
    }

    public BudgetLine? Find(BudgetLineKey key) =>
        _lines.TryGetValue(key, out var line) ? line : throw new InvalidOperationException($"Line {key} is not locked in this unit of work.");

    /// <summary>Creates a line for a locked key that had none; the store inserts it on commit.</summary>
    public BudgetLine Add(BudgetLine line)
    {
        if (Find(line.Key) is not null)
        {
            throw new InvalidOperationException($"Line {line.Key} already exists.");
        }

        _lines[line.Key] = line;
        _added.Add(line);
        return line;
    }

    public IReadOnlyList<BudgetLine> Added => _added;

    public IEnumerable<BudgetLine> Loaded => _lines.Values.OfType<BudgetLine>().Except(_added);
}
