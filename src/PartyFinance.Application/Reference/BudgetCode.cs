namespace PartyFinance.Application.Reference;

/// <summary>One dated code of the budget classification (Mục lục NSNN): chapter, sector-group (Loại), sector (Khoản), item (Mục), sub-item (Tiểu mục).</summary>
public sealed record BudgetCode(string Kind, string Code, string Name, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public const string Chapter = "chapter";
    public const string SectorGroup = "sector-group";
    public const string Sector = "sector";
    public const string Item = "item";
    public const string SubItem = "sub-item";

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
