using System.Globalization;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// Approver roles read from a CSV (`login,role,scope,from,to`; scope = a unit code or "province";
/// `to` empty = open-ended), by default db/budget/sample-approvers.csv. A SAMPLE: replaced by the
/// users that `user add` stores once the authority persistence is merged.
/// </summary>
public sealed class CsvApproverDirectory(IReadOnlyList<(string Login, RoleGrant Grant)> grants) : IApproverDirectory
{
    public static readonly string[] Columns = ["login", "role", "scope", "from", "to"];

    public Task<bool> HoldsAsync(string login, Role role, RoleScope scope, DateOnly date, CancellationToken ct) =>
        Task.FromResult(grants.Any(g => string.Equals(g.Login, login, StringComparison.OrdinalIgnoreCase) && g.Grant.Grants(role, scope, date)));

    public static Result<CsvApproverDirectory> Load(TextReader text)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, Columns, []);
        if (header.IsFailure)
        {
            return Result.Failure<CsvApproverDirectory>(header.Errors);
        }

        var h = header.Value;
        var errors = new List<DomainError>();
        var grants = new List<(string, RoleGrant)>();
        while (reader.ReadRecord() is { } r)
        {
            var login = h.Get(r, "login").Trim();
            var ok = Roles.TryParse(h.Get(r, "role"), out var role);
            var from = Date(h.Get(r, "from"));
            var to = h.Get(r, "to").Length == 0 ? (DateOnly?)null : Date(h.Get(r, "to"));
            if (login.Length == 0)
            {
                errors.Add(new DomainError(ImportErrors.MissingValue, "Thiếu tên đăng nhập.", "login", reader.Row));
            }

            if (!ok)
            {
                errors.Add(new DomainError(ImportErrors.BadValue, $"Vai trò '{h.Get(r, "role")}' không có trong danh mục.", "role", reader.Row));
            }

            if (h.Get(r, "scope").Trim().Length == 0)
            {
                errors.Add(new DomainError(ImportErrors.MissingValue, "Thiếu phạm vi (mã đơn vị hoặc province).", "scope", reader.Row));
            }

            if (from is null || (h.Get(r, "to").Length > 0 && to is null))
            {
                errors.Add(new DomainError(ImportErrors.BadDate, "Ngày hiệu lực phải có dạng yyyy-MM-dd.", from is null ? "from" : "to", reader.Row));
            }

            if (errors.Count == 0)
            {
                grants.Add((login, new RoleGrant(role, RoleScope.Parse(h.Get(r, "scope")), from!.Value, to)));
            }
        }

        return errors.Count > 0 ? Result.Failure<CsvApproverDirectory>(errors) : Result.Success(new CsvApproverDirectory(grants));
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
