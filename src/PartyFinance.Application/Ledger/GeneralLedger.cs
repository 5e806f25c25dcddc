namespace PartyFinance.Application.Ledger;

/// <summary>An account's lines for a year, from its opening balance, with a running balance (sổ cái).</summary>
public sealed record GeneralLedger(string Account, int Year, string? Unit, long OpeningDebit, long OpeningCredit, IReadOnlyList<LedgerLine> Lines)
{
    public long TotalDebit => Lines.Sum(l => l.Debit);

    public long TotalCredit => Lines.Sum(l => l.Credit);

    /// <summary>Runs the balance through raw lines (date, number, description, account, debit, credit) in posting order.</summary>
    public static GeneralLedger Build(string account, int year, string? unit, long openingDebit, long openingCredit,
        IEnumerable<(DateOnly Date, string Number, string Description, string Account, long Debit, long Credit)> raw)
    {
        var net = openingDebit - openingCredit;
        var lines = new List<LedgerLine>();
        foreach (var r in raw)
        {
            net = checked(net + r.Debit - r.Credit);
            lines.Add(new LedgerLine(r.Date, r.Number, r.Description, r.Account, r.Debit, r.Credit, net > 0 ? net : 0, net < 0 ? -net : 0));
        }

        return new GeneralLedger(account, year, unit, openingDebit, openingCredit, lines);
    }
}
