namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of vouchers: a posted voucher header. Never updated or deleted (database triggers refuse it).</summary>
public sealed class VoucherRecord
{
    public long Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public string ClientKey { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string TypeCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Sequence { get; set; }

    public DateOnly Date { get; set; }

    public string Description { get; set; } = string.Empty;

    public long Amount { get; set; }

    public string Fingerprint { get; set; } = string.Empty;

    public long? ReversesId { get; set; }

    public string? ReversalReason { get; set; }

    public string PostedBy { get; set; } = string.Empty;

    public DateTimeOffset PostedAt { get; set; }

    public long? BatchId { get; set; }
}
