namespace PartyFinance.Application.Reference;

/// <summary>A dated code from a simple list (fund sources, voucher types).</summary>
public sealed record DatedCode(string Code, string Name, DateOnly ValidFrom, DateOnly? ValidTo, string? Category = null)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
