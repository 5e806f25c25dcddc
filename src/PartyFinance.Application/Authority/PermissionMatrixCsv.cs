using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// Reads db/authority/permissions.csv (`role,permission,scope,valid_from,valid_to,source,verified`;
/// scope `unit` or `province`). Every bad cell is reported with its row and column; nothing is
/// returned unless the whole file is clean.
/// </summary>
public static class PermissionMatrixCsv
{
    public static readonly string[] Columns = ["role", "permission", "scope", "valid_from", "valid_to", "source", "verified"];

    public static Result<PermissionMatrix> Parse(TextReader text)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, Columns, []);
        if (header.IsFailure)
        {
            return Result.Failure<PermissionMatrix>(header.Errors);
        }

        var h = header.Value;
        var errors = new List<DomainError>();
        var rules = new List<PermissionRule>();
        while (reader.ReadRecord() is { } r)
        {
            var row = reader.Row;
            var before = errors.Count;
            var role = Roles.TryParse(h.Get(r, "role"), out var ro) ? ro : Bad<Role>(errors, row, "role", $"Vai trò '{h.Get(r, "role")}' không có; chọn một trong: {string.Join(", ", Roles.Slugs)}.");
            var permission = Permissions.TryParse(h.Get(r, "permission"), out var pe) ? pe
                : Bad<Permission>(errors, row, "permission", $"Quyền '{h.Get(r, "permission")}' không có; chọn một trong: {string.Join(", ", Permissions.Slugs)}.");
            var reach = h.Get(r, "scope") switch
            {
                "unit" => PermissionReach.Unit,
                "province" => PermissionReach.Province,
                var other => Bad<PermissionReach>(errors, row, "scope", $"Phạm vi '{other}' phải là unit hoặc province."),
            };
            var from = Values.Date(h.Get(r, "valid_from"), "valid_from", row, errors);
            var to = Values.Date(h.Get(r, "valid_to"), "valid_to", row, errors, required: false);
            var source = Values.Required(h.Get(r, "source"), "source", row, errors);
            var verified = h.Get(r, "verified") is "V" or "S" or "U" ? h.Get(r, "verified")
                : Bad<string>(errors, row, "verified", "Cột verified phải là V, S hoặc U.");
            if (errors.Count == before)
            {
                rules.Add(new PermissionRule(role, permission, reach, from!.Value, to, source!, verified));
            }
        }

        return errors.Count > 0 ? Result.Failure<PermissionMatrix>(errors) : Result.Success(new PermissionMatrix(rules));
    }

    private static T Bad<T>(List<DomainError> errors, int row, string column, string message)
    {
        errors.Add(new DomainError(ImportErrors.BadValue, message, column, row));
        return default!;
    }
}
