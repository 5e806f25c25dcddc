namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of voucher_types.</summary>
public sealed class VoucherTypeRecord
{
    public string Code { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly? ValidTo { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Verified { get; set; } = string.Empty;
}
