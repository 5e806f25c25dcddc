using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `budget import estimates.csv`: each row allocates a new line (movement "allocation" with its
/// decision). Every error is collected with row and column; if any, nothing changes. The first
/// allocation of a fund source and year fixes its control mode.
/// </summary>
public sealed class ImportEstimates(IBudgetStore store, BudgetReference reference, IVoucherPoster ledger, AccessGuard access, string by)
{
    public static readonly string[] Columns = ["unit", "year", "fund_source", "autonomy", "sector", "budget_item", "amount", "decision_no", "decision_date"];

    public async Task<Result<int>> RunAsync(TextReader csv, CancellationToken ct)
    {
        using var reader = new CsvReader(csv);
        var header = CsvHeader.Read(reader, Columns, []);
        if (header.IsFailure)
        {
            return Result.Failure<int>(header.Errors);
        }

        var h = header.Value;
        var errors = new List<DomainError>();
        var rows = new List<(BudgetLineKey Key, BudgetMovement Movement)>();
        var firstRow = new Dictionary<BudgetLineKey, int>();
        var units = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (reader.ReadRecord() is { } r)
        {
            var row = reader.Row;
            var rowErrors = new List<DomainError>();
            var year = EstimateRow.Int(h, r, "year", rowErrors);
            var amount = EstimateRow.Long(h, r, "amount", rowErrors);
            var date = EstimateRow.Date(h, r, "decision_date", rowErrors);
            var autonomy = EstimateRow.Autonomy(h, r, rowErrors);
            foreach (var column in new[] { "unit", "fund_source", "sector", "budget_item", "decision_no" })
            {
                if (h.Get(r, column).Length == 0)
                {
                    rowErrors.Add(new DomainError(ImportErrors.MissingValue, $"Thiếu giá trị cột {column}.", column));
                }
            }

            var unit = h.Get(r, "unit");
            if (unit.Length > 0 && !(units.TryGetValue(unit, out var known) ? known : units[unit] = await store.UnitExistsAsync(unit, ct)))
            {
                rowErrors.Add(new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại (xem: partyfinance unit list).", "unit"));
            }

            if (rowErrors.Count == 0 && date.Year > year)
            {
                rowErrors.Add(BudgetErrors.DecisionAfterYear(year, date));
            }

            var key = new BudgetLineKey(h.Get(r, "unit"), year, h.Get(r, "fund_source"), autonomy, h.Get(r, "sector"), h.Get(r, "budget_item"));
            if (rowErrors.Count == 0 && !firstRow.TryAdd(key, row))
            {
                rowErrors.Add(new DomainError(BudgetErrors.LineExists,
                    $"Dòng dự toán trùng với dòng {firstRow[key].ToString(CultureInfo.InvariantCulture)} của tệp.", "budget_item"));
            }

            if (rowErrors.Count == 0 && await store.FindLineAsync(key, ct) is not null)
            {
                rowErrors.Add(new DomainError(BudgetErrors.LineExists, $"Dòng dự toán {key} đã được giao; dùng bổ sung/điều chỉnh.", "budget_item"));
            }

            errors.AddRange(rowErrors.Select(e => e.AtRow(row)));
            rows.Add((key, new BudgetMovement(MovementKind.Allocation, amount, h.Get(r, "decision_no"), date)));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<int>(errors);
        }

        var allowed = await access.CheckAsync(by, Permission.BudgetImport, rows.Select(x => (string?)x.Key.Unit).ToList(), ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<int>(allowed.Errors);
        }

        return await store.InLockedLinesAsync(rows.Select(x => x.Key).ToList(), async locked =>
        {
            foreach (var (key, movement) in rows)
            {
                var setting = await store.FindControlModeAsync(key.FundSource, key.Year, ct) ?? ControlModeSetting.Default(key.FundSource, key.Year);
                var line = locked.Find(key) ?? locked.Add(BudgetLine.Open(key, setting.Mode));
                var recorded = line.Record(movement);
                if (recorded.IsFailure)
                {
                    return Result.Failure<int>(recorded.Errors.Select(e => e.AtRow(firstRow[key])).ToList());
                }

                if (!setting.IsFixed)
                {
                    setting.Fix();
                    await store.SaveControlModeAsync(setting, ct);
                }
            }

            var posted = await EstimateLedger.PostAsync(ledger, reference.Posting, rows.Select(x => (x.Key, x.Movement.Amount, x.Movement.DecisionNo, x.Movement.DecisionDate)).ToList(), "Giao dự toán", by, ct, firstRow);
            return posted.IsFailure ? Result.Failure<int>(posted.Errors) : Result.Success(rows.Count);
        }, ct);
    }
}
