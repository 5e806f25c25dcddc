using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Organisation;

/// <summary>Links between units: parents and successors exist, no unit is its own ancestor, a unit with a successor has ended.</summary>
public static class OrganisationRules
{
    public static List<DomainError> CheckLinks(IReadOnlyDictionary<string, OrganisationUnit> all, IReadOnlyDictionary<string, int> rowOf)
    {
        var errors = new List<DomainError>();
        foreach (var u in all.Values)
        {
            int? row = rowOf.TryGetValue(u.Code, out var r) ? r : null;
            if (row is null)
            {
                continue; // already stored and checked when it was imported
            }

            if (u.ParentCode is { } p && !all.ContainsKey(p))
            {
                errors.Add(new DomainError(OrganisationErrors.ParentUnknown, $"Đơn vị cấp trên '{p}' không tồn tại.", "parent", row));
            }

            if (u.SuccessorCode is { } s)
            {
                if (string.Equals(s, u.Code, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new DomainError(OrganisationErrors.SuccessorSelf, $"Đơn vị '{u.Code}' không thể là đơn vị kế thừa của chính nó.", "successor", row));
                }
                else if (!all.ContainsKey(s))
                {
                    errors.Add(new DomainError(OrganisationErrors.SuccessorUnknown, $"Đơn vị kế thừa '{s}' không tồn tại.", "successor", row));
                }

                if (u.ValidTo is null)
                {
                    errors.Add(new DomainError(OrganisationErrors.SuccessorNeedsEnd, "Đơn vị có đơn vị kế thừa phải có ngày hết hiệu lực (valid_to).", "valid_to", row));
                }
            }

            if (HasCycle(u, all))
            {
                errors.Add(new DomainError(OrganisationErrors.ParentCycle, $"Quan hệ cấp trên của '{u.Code}' tạo thành vòng lặp.", "parent", row));
            }
        }

        return errors;
    }

    private static bool HasCycle(OrganisationUnit start, IReadOnlyDictionary<string, OrganisationUnit> all)
    {
        var seen = new HashSet<string> { start.Code };
        var current = start.ParentCode;
        while (current is not null && all.TryGetValue(current, out var parent))
        {
            if (!seen.Add(current))
            {
                return true;
            }

            current = parent.ParentCode;
        }

        return false;
    }
}
