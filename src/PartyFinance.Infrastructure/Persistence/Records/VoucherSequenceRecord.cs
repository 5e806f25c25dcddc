namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of voucher_sequences: last number used per unit, voucher type and year.</summary>
public sealed class VoucherSequenceRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public string TypeCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
