namespace PartyFinance.Application.Ledger;

/// <summary>
/// One line of the trial balance (bảng cân đối số phát sinh). Closing = opening + debit − credit,
/// shown on the side where it lies. Off-balance accounts: debit = increase, credit = decrease.
/// </summary>
public sealed record TrialBalanceRow(string Account, string Name, bool IsOffBalance, long OpeningDebit, long OpeningCredit, long Debit, long Credit,
    long ClosingDebit, long ClosingCredit)
{
    public static TrialBalanceRow From(AccountMovement m)
    {
        var net = checked(m.OpeningDebit - m.OpeningCredit + m.Debit - m.Credit);
        return new TrialBalanceRow(m.Account, m.Name, m.IsOffBalance, m.OpeningDebit, m.OpeningCredit, m.Debit, m.Credit,
            net > 0 ? net : 0, net < 0 ? -net : 0);
    }
}
