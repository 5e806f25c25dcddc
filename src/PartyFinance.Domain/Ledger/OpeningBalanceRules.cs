using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// Opening balances per unit and year: leaf accounts valid on 1 January, one side per line,
/// on-balance debits equal credits for each unit and year; off-balance accounts carry a debit
/// (remaining) balance only.
/// </summary>
public static class OpeningBalanceRules
{
    public static List<DomainError> Check(IReadOnlyList<OpeningBalanceLine> lines, ILedgerCatalog catalog)
    {
        var errors = new List<DomainError>();
        foreach (var l in lines)
        {
            var jan1 = new DateOnly(l.Year, 1, 1);
            if (!catalog.UnitExists(l.UnitCode))
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.UnitUnknown, $"Đơn vị '{l.UnitCode}' không tồn tại.", "unit", l.Row));
            }
            else if (!catalog.IsUnitActive(l.UnitCode, jan1) && !catalog.IsUnitActive(l.UnitCode, new DateOnly(l.Year, 12, 31)))
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.UnitInactive,
                    $"Đơn vị '{l.UnitCode}' không hoạt động trong năm {l.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}: không nhận số dư đầu năm.", "unit", l.Row));
            }

            if (l.Debit < 0 || l.Credit < 0)
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.AmountNotPositive, "Số dư không được âm.", l.Debit < 0 ? "debit" : "credit", l.Row));
            }
            else if (l.Debit > 0 && l.Credit > 0)
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.BothSides, "Mỗi dòng chỉ ghi số dư Nợ hoặc số dư Có.", "credit", l.Row));
            }

            var account = catalog.FindAccount(l.AccountCode, jan1);
            if (account is null)
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.AccountUnknown,
                    $"Tài khoản '{l.AccountCode}' không có hiệu lực vào ngày {VietnameseFormat.Date(jan1)}.", "account", l.Row));
                continue;
            }

            if (!catalog.IsLeaf(account.Code, jan1))
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.AccountNotLeaf, $"Tài khoản {account.Code} có tài khoản chi tiết; nhập số dư vào tài khoản chi tiết nhất.", "account", l.Row));
            }

            if (account.IsOffBalance && l.Credit > 0)
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.OpeningOffBalanceCredit, $"Tài khoản ngoài bảng {account.Code} chỉ có số dư Nợ (số còn lại).", "credit", l.Row));
            }
        }

        foreach (var group in lines.GroupBy(l => (l.UnitCode, l.Year)))
        {
            var onBalance = group.Where(l => catalog.FindAccount(l.AccountCode, new DateOnly(l.Year, 1, 1)) is { IsOffBalance: false }).ToList();
            long debit = onBalance.Sum(l => Math.Max(0, l.Debit)), credit = onBalance.Sum(l => Math.Max(0, l.Credit));
            if (debit != credit)
            {
                errors.Add(LedgerErrors.Error(LedgerErrors.OpeningUnbalanced,
                    $"Số dư đầu năm {group.Key.Year} của đơn vị '{group.Key.UnitCode}' không cân: Nợ {VietnameseFormat.Amount(debit)}, Có {VietnameseFormat.Amount(credit)}.",
                    "debit", group.Min(l => l.Row)));
            }
        }

        return errors;
    }
}
