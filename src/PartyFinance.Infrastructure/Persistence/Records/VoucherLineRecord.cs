namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of voucher_lines: one posted line; debit or credit in whole đồng.</summary>
public sealed class VoucherLineRecord
{
    public long VoucherId { get; set; }

    public int LineNo { get; set; }

    public string AccountCode { get; set; } = string.Empty;

    public long Debit { get; set; }

    public long Credit { get; set; }

    public bool IsOffBalance { get; set; }

    public string? FundSource { get; set; }

    public string? BudgetItem { get; set; }

    public string? Sector { get; set; }

    public string? Program { get; set; }

    public string? Counterparty { get; set; }
}
