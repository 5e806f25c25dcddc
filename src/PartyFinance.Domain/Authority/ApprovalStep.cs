namespace PartyFinance.Domain.Authority;

/// <summary>One signature in an approval chain: step 1 is the proposing unit's head, the last step the required decider.</summary>
public sealed record ApprovalStep(int Number, Decider Decider, bool IsFinal);
