namespace PartyFinance.Domain.Ledger;

using PartyFinance.Domain.Common;
using static LedgerErrors;

/// <summary>
/// The posting rules of a voucher (TT 24/2024 double entry): on-balance debits equal credits,
/// off-balance (0xx) lines are single-sided, only leaf accounts valid on the voucher date, amounts
/// positive, dimensions present and known where the account requires them, unit active and period
/// open. Every broken rule is reported, each pointing at its row and field.
/// </summary>
public static class VoucherRules
{
    /// <summary>Largest amount on one line: keeps every sum of a voucher far from 64-bit overflow.</summary>
    public const long MaxLineAmount = Money.MaxAmount;

    public static List<DomainError> Check(VoucherDraft v, ILedgerCatalog catalog)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(v.Key))
        {
            errors.Add(Error(KeyMissing, "Thiếu mã chứng từ (key).", "key", v.Row));
        }
        else if (VietnameseInput.CodeProblem(v.Key) is { } badKey)
        {
            errors.Add(Error(BadKey, "Mã chứng từ " + badKey, "key", v.Row));
        }

        if (string.IsNullOrWhiteSpace(v.Description))
        {
            errors.Add(Error(DescriptionMissing, "Thiếu diễn giải chứng từ.", "description", v.Row));
        }

        if (!catalog.IsVoucherType(v.TypeCode, v.Date))
        {
            errors.Add(Error(VoucherTypeUnknown, $"Loại chứng từ '{v.TypeCode}' không có trong danh mục.", "type", v.Row));
        }

        CheckUnitAndPeriod(v, catalog, errors);
        if (v.Lines.Count == 0)
        {
            errors.Add(Error(NoLines, "Chứng từ không có dòng định khoản nào.", null, v.Row));
            return errors;
        }

        long debit = 0, credit = 0;
        var allAccountsKnown = true;
        foreach (var line in v.Lines)
        {
            var account = CheckLine(v, line, catalog, errors);
            allAccountsKnown &= account is not null;
            if (account is { IsOffBalance: false })
            {
                debit += Math.Clamp(line.Debit, 0, MaxLineAmount);
                credit += Math.Clamp(line.Credit, 0, MaxLineAmount);
            }
        }

        // With an unknown account the sides cannot be judged; the account error already refuses it.
        if (allAccountsKnown && debit != credit)
        {
            errors.Add(Error(Unbalanced,
                $"Chứng từ '{v.Key}' không cân: tổng Nợ {Amount(debit)} khác tổng Có {Amount(credit)} (chênh {Amount(Math.Abs(debit - credit))}).",
                "debit", v.Row));
        }

        return errors;
    }

    private static void CheckUnitAndPeriod(VoucherDraft v, ILedgerCatalog catalog, List<DomainError> errors)
    {
        if (!catalog.UnitExists(v.UnitCode))
        {
            errors.Add(Error(UnitUnknown, $"Đơn vị '{v.UnitCode}' không tồn tại.", "unit", v.Row));
        }
        else if (!catalog.IsUnitActive(v.UnitCode, v.Date))
        {
            errors.Add(Error(UnitInactive, $"Đơn vị '{v.UnitCode}' không còn hoạt động vào ngày {Date(v.Date)}.", "unit", v.Row));
        }
        else if (catalog.IsPeriodLocked(v.UnitCode, v.Date.Year, v.Date.Month))
        {
            errors.Add(Error(PeriodLocked,
                $"Kỳ kế toán tháng {VietnameseFormat.Month(v.Date.Year, v.Date.Month)} của đơn vị '{v.UnitCode}' đã khóa sổ.", "date", v.Row));
        }
    }

    private static Account? CheckLine(VoucherDraft v, PostingDraft line, ILedgerCatalog catalog, List<DomainError> errors)
    {
        var row = line.Row ?? v.Row;
        CheckAmounts(line, row, errors);
        var account = catalog.FindAccount(line.AccountCode, v.Date);
        if (account is null)
        {
            errors.Add(catalog.AccountExists(line.AccountCode)
                ? Error(AccountNotValidOnDate, $"Tài khoản {line.AccountCode} không có hiệu lực vào ngày {Date(v.Date)}.", "account", row)
                : Error(AccountUnknown, $"Tài khoản '{line.AccountCode}' không có trong hệ thống tài khoản.", "account", row));
            return null;
        }

        if (!catalog.IsLeaf(account.Code, v.Date))
        {
            errors.Add(Error(AccountNotLeaf, $"Tài khoản {account.Code} có tài khoản chi tiết; phải hạch toán vào tài khoản chi tiết nhất.", "account", row));
        }

        foreach (var d in Dimensions.All)
        {
            if (account.RequiredDimensions.HasFlag(d) && string.IsNullOrWhiteSpace(line.DimensionValue(d)))
            {
                errors.Add(Error(DimensionRequired, $"Tài khoản {account.Code} bắt buộc có {d.VietnameseName()} ({d.Column()}).", d.Column(), row));
            }
        }

        CheckDimensionValues(v.Date, line, row, catalog, errors);
        return account;
    }

    private static void CheckAmounts(PostingDraft line, int? row, List<DomainError> errors)
    {
        if (line.Debit < 0 || line.Credit < 0)
        {
            errors.Add(Error(AmountNotPositive, "Số tiền phải là số dương.", line.Debit < 0 ? "debit" : "credit", row));
        }
        else if (line.Debit > 0 && line.Credit > 0)
        {
            errors.Add(Error(BothSides, "Mỗi dòng chỉ ghi một bên: Nợ hoặc Có, không cả hai.", "credit", row));
        }
        else if (line.Debit == 0 && line.Credit == 0)
        {
            errors.Add(Error(NoSide, "Dòng phải có số tiền dương ở cột Nợ hoặc cột Có.", "debit", row));
        }
        else if (line.Debit > MaxLineAmount || line.Credit > MaxLineAmount)
        {
            errors.Add(Error(AmountTooLarge, $"Số tiền vượt quá giới hạn {Amount(MaxLineAmount)} của một dòng.", line.Debit > 0 ? "debit" : "credit", row));
        }
    }

    private static void CheckDimensionValues(DateOnly date, PostingDraft line, int? row, ILedgerCatalog catalog, List<DomainError> errors) =>
        CheckDimensionValues(date, line.FundSource, line.Sector, line.BudgetItem, row, catalog, errors);

    /// <summary>Fund source, Loại–Khoản and Mục/Tiểu mục (each when given) against the catalogue on the date, errors naming the field and row.</summary>
    public static void CheckDimensionValues(DateOnly date, string? fundSource, string? sector, string? budgetItem, int? row, ILedgerCatalog catalog, List<DomainError> errors)
    {
        if (!string.IsNullOrWhiteSpace(fundSource) && !catalog.IsFundSource(fundSource, date))
        {
            errors.Add(Error(FundSourceUnknown, $"Nguồn kinh phí '{fundSource}' không có trong danh mục.", "fund_source", row));
        }

        if (!string.IsNullOrWhiteSpace(budgetItem) && !catalog.IsBudgetItem(budgetItem, date))
        {
            errors.Add(Error(BudgetItemUnknown,
                $"Mục/tiểu mục '{budgetItem}' không có trong mục lục ngân sách năm {Int(date.Year)}.", "budget_item", row));
        }

        if (!string.IsNullOrWhiteSpace(sector) && !catalog.IsSector(sector, date))
        {
            errors.Add(Error(SectorUnknown,
                $"Loại-khoản '{sector}' không có trong mục lục ngân sách năm {Int(date.Year)} (dạng 340-351).", "sector", row));
        }
    }
}
