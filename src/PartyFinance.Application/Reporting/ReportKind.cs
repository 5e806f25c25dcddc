namespace PartyFinance.Application.Reporting;

/// <summary>
/// How a report is computed. The legal content of each report (its lines, accounts, sides, dimensions and
/// columns) is data in reports/; the kind names the engine that reads the ledger (or, for the asset kinds,
/// the fixed-asset register) for it.
/// </summary>
public enum ReportKind
{
    /// <summary>Bảng cân đối số phát sinh: every posted account with its parent totals.</summary>
    TrialBalance,

    /// <summary>Sổ cái of every level-1 account posted in the year (or of the accounts listed).</summary>
    GeneralLedger,

    /// <summary>A detail book (cash, bank, advances): the Sổ cái layout over the listed accounts.</summary>
    DetailLedger,

    /// <summary>The 008 estimate book by budget line (fund source, autonomy, Loại-Khoản, Mục/Tiểu mục).</summary>
    EstimateDetail,

    /// <summary>Balance-sheet lines from closing and opening balances (B01/BCTC).</summary>
    FinancialPosition,

    /// <summary>Result lines from the year's and the prior year's turnover (B02/BCTC).</summary>
    Results,

    /// <summary>Note lines (B04/BCTC thuyết minh): balances or turnover by account like the statements, without the coverage notes of B01.</summary>
    Notes,

    /// <summary>Cash flows by the direct method, from the cash lines of the vouchers and their contra accounts (B03/BCTC).</summary>
    CashFlow,

    /// <summary>Settlement lines from the estimate books per fund source (B01/BCQT).</summary>
    Settlement,

    /// <summary>Spending by Chương / Loại / Khoản / Mục / Tiểu mục with a column per funding (F01-01/BCQT).</summary>
    SettlementDetail,

    /// <summary>Estimate, committed, spent and available per unit and budget line.</summary>
    BudgetExecution,

    /// <summary>The fixed-asset register (S24-H): one row per asset on the books in the year, by class line.</summary>
    AssetRegister,

    /// <summary>Increase and decrease of fixed assets by class line: opening, increases by origin, decreases by kind, closing.</summary>
    AssetMovement,

    /// <summary>Wear of fixed assets by unit, each unit's class lines and the total.</summary>
    AssetWear,
}

/// <summary>The spelling of <see cref="ReportKind"/> in reports/reports.csv.</summary>
public static class ReportKinds
{
    private static readonly Dictionary<string, ReportKind> ByName = new(StringComparer.Ordinal)
    {
        ["trial-balance"] = ReportKind.TrialBalance,
        ["general-ledger"] = ReportKind.GeneralLedger,
        ["detail-ledger"] = ReportKind.DetailLedger,
        ["estimate-detail"] = ReportKind.EstimateDetail,
        ["financial-position"] = ReportKind.FinancialPosition,
        ["results"] = ReportKind.Results,
        ["notes"] = ReportKind.Notes,
        ["cash-flow"] = ReportKind.CashFlow,
        ["settlement"] = ReportKind.Settlement,
        ["settlement-detail"] = ReportKind.SettlementDetail,
        ["budget-execution"] = ReportKind.BudgetExecution,
        ["asset-register"] = ReportKind.AssetRegister,
        ["asset-movement"] = ReportKind.AssetMovement,
        ["asset-wear"] = ReportKind.AssetWear,
    };

    public static bool TryParse(string text, out ReportKind kind) => ByName.TryGetValue(text, out kind);

    public static string Code(this ReportKind kind) => ByName.First(kv => kv.Value == kind).Key;
}
