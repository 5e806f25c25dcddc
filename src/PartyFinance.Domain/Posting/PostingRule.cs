namespace PartyFinance.Domain.Posting;

/// <summary>
/// One line of db/posting/posting-rules.csv: business event → the <see cref="Line"/>-th entry of its
/// voucher: side, the account role (resolved per fund source through <see cref="AccountRoleMap"/>),
/// which of the event's amounts it carries and which dimensions it takes. For off-balance accounts
/// debit is an increase and credit a decrease. A negative amount (a balance being moved) posts on the other side.
/// </summary>
public sealed record PostingRule(
    string Event,
    PostingCategory Category,
    string VoucherType,
    int Line,
    bool IsDebit,
    string Role,
    string Amount,
    PostingDimensions Dimensions,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public bool AppliesOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
