namespace PartyFinance.Domain.Ledger;

/// <summary>
/// What the posting rules need to know about reference data and the state of the books. The
/// application loads it once per posting session; the domain never queries a database.
/// </summary>
public interface ILedgerCatalog
{
    /// <summary>The version of the account valid on the date, or null when none is.</summary>
    Account? FindAccount(string code, DateOnly date);

    /// <summary>The account exists in some version, valid or not on a given date.</summary>
    bool AccountExists(string code) => FindAccount(code, DateOnly.MinValue) is not null || FindAccount(code, DateOnly.MaxValue) is not null;

    /// <summary>True when no child of the account is valid on the date.</summary>
    bool IsLeaf(string code, DateOnly date);

    bool IsVoucherType(string code, DateOnly date);

    bool IsFundSource(string code, DateOnly date);

    /// <summary>A Mục or Tiểu mục valid in the budget year of the date.</summary>
    bool IsBudgetItem(string code, DateOnly date);

    /// <summary>A Loại–Khoản pair written "340-351", both valid on the date and the Khoản under the Loại.</summary>
    bool IsSector(string code, DateOnly date);

    /// <summary>The unit exists at all (in any period).</summary>
    bool UnitExists(string unitCode);

    /// <summary>The unit exists and is valid on the date (not yet dissolved or merged away).</summary>
    bool IsUnitActive(string unitCode, DateOnly date);

    bool IsPeriodLocked(string unitCode, int year, int month);
}
