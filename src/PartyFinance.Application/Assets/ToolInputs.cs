using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Assets;

/// <summary>How a tool received with `tool receive` was paid: not at all (received in kind), or in cash or from the deposit account of a fund kept outside the estimate.</summary>
public enum ToolPayment
{
    None,
    Cash,
    Bank,
}

/// <summary>Input of `tool receive`: a new tool (name and measure required) or more of an existing one.</summary>
public sealed record ToolReceipt(string Code, string? Name, string Unit, string? Measure, int Quantity, long UnitCost, DateOnly Date, ToolLine Line,
    string? Location, string? Custodian, ToolPayment Payment, string? Reason, string By, int? LifeMonths = null);

/// <summary>A tool change booked: the tool after it, the value moved and the voucher (null when none was needed).</summary>
public sealed record ToolChanged(Tool Tool, long Value, string? Voucher);

/// <summary>One unit's year-end entry: the value recognised and its voucher.</summary>
public sealed record ToolYearEnd(string Unit, long Value, int Tools, string Voucher);
