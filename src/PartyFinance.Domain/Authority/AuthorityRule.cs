using System.Globalization;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// One row of a delegation rule set: for this action / asset class / unit kind / funding / basis /
/// spending kind and a value in [MinValue, MaxValue) whole đồng (MaxValue null = unbounded), the
/// decider is <see cref="Decider"/>. <see cref="Row"/> is the source row, used in every message.
/// A rule is validated by <see cref="RuleSet.Create"/>; on its own it is just data.
/// </summary>
public sealed record AuthorityRule
{
    public required int Row { get; init; }
    public required AuthorityAction Action { get; init; }
    public AssetClass AssetClass { get; init; } = AssetClass.Any;
    public UnitKind? UnitKind { get; init; }
    public Funding Funding { get; init; } = Funding.Any;
    public required ValueBasis Basis { get; init; }
    public SpendingKind SpendingKind { get; init; } = SpendingKind.Any;
    public required long MinValue { get; init; }
    public long? MaxValue { get; init; }
    public required Decider Decider { get; init; }
    public string? RequiresOpinion { get; init; }
    public required string Citation { get; init; }

    /// <summary>True when this rule answers the question (every dimension matches and the value is in the band).</summary>
    public bool Answers(AuthorityQuestion q) =>
        Action == q.Action && Basis == q.Basis
        && (AssetClass == AssetClass.Any || AssetClass == q.AssetClass)
        && (UnitKind is null || UnitKind == q.UnitKind)
        && (Funding == Funding.Any || Funding == q.Funding)
        && (SpendingKind == SpendingKind.Any || SpendingKind == q.SpendingKind)
        && InBand(q.Value);

    public bool InBand(long value) => value >= MinValue && (MaxValue is null || value < MaxValue);

    /// <summary>
    /// True when some question matches both rules' non-value dimensions: same action and basis, and
    /// in every other dimension the values are equal or one of them is "any".
    /// </summary>
    public bool SharesQuestionsWith(AuthorityRule other) =>
        Action == other.Action && Basis == other.Basis
        && (AssetClass == AssetClass.Any || other.AssetClass == AssetClass.Any || AssetClass == other.AssetClass)
        && (UnitKind is null || other.UnitKind is null || UnitKind == other.UnitKind)
        && (Funding == Funding.Any || other.Funding == Funding.Any || Funding == other.Funding)
        && (SpendingKind == SpendingKind.Any || other.SpendingKind == SpendingKind.Any || SpendingKind == other.SpendingKind);

    public bool BandOverlaps(AuthorityRule other) =>
        (other.MaxValue is null || MinValue < other.MaxValue) && (MaxValue is null || other.MinValue < MaxValue);

    /// <summary>"từ 0 đ đến dưới 500.000.000 đ" / "từ 1.000.000.000 đ trở lên".</summary>
    public string DescribeBand() => DescribeBand(MinValue, MaxValue);

    public static string DescribeBand(long min, long? max) => max is { } m
        ? $"từ {VietnameseFormat.Amount(min)} đến dưới {VietnameseFormat.Amount(m)}"
        : $"từ {VietnameseFormat.Amount(min)} trở lên";

    /// <summary>"purchase/car/any/any/per-asset/any" — the question key in messages.</summary>
    public string DescribeKey() => string.Join(
        '/',
        Action.ToSlug(),
        AssetClass.ToSlug(),
        UnitKindFilter.ToSlug(UnitKind),
        Funding.ToSlug(),
        Basis.ToSlug(),
        SpendingKind.ToSlug());

    /// <summary>Field-level problems of this rule alone, each with its row and column.</summary>
    public IEnumerable<DomainError> Validate()
    {
        var row = Row.ToString(CultureInfo.InvariantCulture);
        if (!Enum.IsDefined(Action) || !Enum.IsDefined(AssetClass) || !Enum.IsDefined(Funding) || !Enum.IsDefined(Basis)
            || !Enum.IsDefined(SpendingKind) || !Enum.IsDefined(Decider) || (UnitKind is { } k && !Enum.IsDefined(k)))
        {
            yield return new DomainError(AuthorityErrors.RuleInvalid, $"Quy tắc dòng {row} có giá trị phân loại không hợp lệ.", Row: Row);
        }

        if (MinValue < 0)
        {
            yield return new DomainError(AuthorityErrors.RuleEmptyBand, "Giá trị tối thiểu không được âm.", "min_value", Row);
        }

        if (MaxValue is { } max && max <= MinValue)
        {
            yield return new DomainError(
                AuthorityErrors.RuleEmptyBand,
                $"Khoảng giá trị rỗng: giá trị tối đa ({VietnameseFormat.Amount(max)}) phải lớn hơn giá trị tối thiểu ({VietnameseFormat.Amount(MinValue)}).",
                "max_value",
                Row);
        }

        if (Action != AuthorityAction.Spend && SpendingKind != SpendingKind.Any)
        {
            yield return new DomainError(AuthorityErrors.RuleInvalid, "Loại chi (spending_kind) chỉ dùng cho quy tắc chi (spend); quy tắc khác phải để 'any'.", "spending_kind", Row);
        }

        if (string.IsNullOrWhiteSpace(Citation))
        {
            yield return new DomainError(AuthorityErrors.RuleInvalid, "Thiếu căn cứ (điều, khoản) của quy tắc.", "citation", Row);
        }
    }
}
