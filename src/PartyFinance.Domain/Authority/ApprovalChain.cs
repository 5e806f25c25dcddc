namespace PartyFinance.Domain.Authority;

/// <summary>
/// Builds the chain of signatures for a required decider: always upward from the proposing unit's
/// head, through every higher decider, up to and including the required one. A unit-head decision
/// is one step; a Standing Committee decision is four.
/// </summary>
public static class ApprovalChain
{
    public static IReadOnlyList<ApprovalStep> For(Decider required) =>
        Deciders.Upward
            .Where(d => d.Rank() <= required.Rank())
            .Select((d, i) => new ApprovalStep(i + 1, d, d == required))
            .ToArray();
}
