using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Organisation;

/// <summary>
/// A dated organisation unit. Units merged or dissolved (e.g. on 01/07/2025) keep their rows with a
/// valid_to and a successor link, so their books stay readable.
/// </summary>
public sealed record OrganisationUnit(
    string Code,
    string Name,
    UnitKind Kind,
    string? ParentCode,
    string Chapter,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? SuccessorCode)
{
    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Checks the unit's own fields; links to other units are checked by <see cref="OrganisationRules"/>.</summary>
    public static List<DomainError> CheckFields(string code, string name, string chapter, DateOnly validFrom, DateOnly? validTo, int? row)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(code) || code.Length > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add(new DomainError(OrganisationErrors.BadCode, "Mã đơn vị chỉ gồm chữ, số, '-' hoặc '_' (tối đa 20 ký tự).", "code", row));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainError(OrganisationErrors.NameMissing, "Thiếu tên đơn vị.", "name", row));
        }

        if (chapter.Length != 3 || !chapter.All(char.IsAsciiDigit))
        {
            errors.Add(new DomainError(OrganisationErrors.BadChapter, $"Mã chương '{chapter}' phải gồm 3 chữ số (ví dụ 509, 819).", "chapter", row));
        }

        if (validTo is { } to && to < validFrom)
        {
            errors.Add(new DomainError(OrganisationErrors.BadValidity, "Ngày hết hiệu lực (valid_to) trước ngày bắt đầu (valid_from).", "valid_to", row));
        }

        return errors;
    }
}
