namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of opening_balances: opening balance per unit, year and account.</summary>
public sealed class OpeningBalanceRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string AccountCode { get; set; } = string.Empty;

    public long Debit { get; set; }

    public long Credit { get; set; }

    public long? BatchId { get; set; }
}
