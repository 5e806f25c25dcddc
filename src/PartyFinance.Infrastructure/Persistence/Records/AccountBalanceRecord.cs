namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of account_balances: debit and credit totals per unit, month and account, kept in the posting transaction.</summary>
public sealed class AccountBalanceRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public string AccountCode { get; set; } = string.Empty;

    public long Debit { get; set; }

    public long Credit { get; set; }
}
