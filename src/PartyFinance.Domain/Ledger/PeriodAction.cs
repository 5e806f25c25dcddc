namespace PartyFinance.Domain.Ledger;

public enum PeriodAction
{
    Lock,
    Unlock,
}
