namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of approval_numbers: the short sequential number a person reads and types for an approval request
/// (its identity stays the Guid). Handed out from the "approval" counter when the request is first saved.
/// </summary>
public sealed class ApprovalNumberRecord
{
    public long Number { get; set; }

    public Guid RequestId { get; set; }
}
