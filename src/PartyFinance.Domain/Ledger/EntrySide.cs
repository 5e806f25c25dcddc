namespace PartyFinance.Domain.Ledger;

/// <summary>Nợ / Có. For off-balance accounts (0xx) Debit means increase and Credit decrease.</summary>
public enum EntrySide
{
    Debit,
    Credit,
}
