using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Authority;

/// <summary>
/// Reads a delegation rules CSV (one row per rule, rule-set columns repeated on every row),
/// groups rows by rule_set and returns either every rule set or every error with row and column.
/// </summary>
public static class RuleSetCsvParser
{
    public static readonly string[] Required =
    [
        "rule_set", "issuer", "decision_no", "decision_date", "effective_from", "effective_to", "action", "asset_class",
        "unit_kind", "funding", "basis", "min_value", "max_value", "decider", "requires_opinion", "citation",
    ];

    public static readonly string[] Optional = ["spending_kind", "verified"];

    private sealed record Header(string Name, string Issuer, string DecisionNo, DateOnly DecisionDate, DateOnly From, DateOnly? To, string Verified, int Row);

    public static Result<IReadOnlyList<RuleSet>> Parse(TextReader text)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, Required, Optional);
        if (header.IsFailure)
        {
            return Result.Failure<IReadOnlyList<RuleSet>>(header.Errors);
        }

        var errors = new List<DomainError>();
        var groups = new Dictionary<string, (Header Header, List<AuthorityRule> Rules)>(StringComparer.Ordinal);
        var order = new List<string>();
        while (reader.ReadRecord() is { } record)
        {
            var row = new RuleSetCsvRow(header.Value, record, reader.Row);
            var setHeader = new Header(
                row.Text("rule_set"), row.Text("issuer"), row.Text("decision_no"),
                row.Date("decision_date") ?? default, row.Date("effective_from") ?? default, row.OptionalDate("effective_to"),
                row.Has("verified") && row.Text("verified").Length > 0 ? row.Text("verified") : "U", reader.Row);
            var rule = ReadRule(row);
            errors.AddRange(row.Errors);
            if (setHeader.Name.Length == 0)
            {
                errors.Add(new DomainError(ImportErrors.MissingValue, "Thiếu tên bộ quy tắc.", "rule_set", reader.Row));
                continue;
            }

            // The name is the rule set's key (a re-import replaces it, `authority end` names it).
            if (VietnameseInput.CodeProblem(setHeader.Name) is { } bad)
            {
                errors.Add(new DomainError(ImportErrors.BadCharacter, "Tên bộ quy tắc " + bad, "rule_set", reader.Row));
                continue;
            }

            if (!groups.TryGetValue(setHeader.Name, out var group))
            {
                group = (setHeader, []);
                groups.Add(setHeader.Name, group);
                order.Add(setHeader.Name);
            }
            else if (row.Errors.Count == 0)
            {
                errors.AddRange(Mismatches(group.Header, setHeader));
            }

            if (rule is not null)
            {
                group.Rules.Add(rule);
            }
        }

        if (errors.Count == 0 && order.Count == 0)
        {
            errors.Add(new DomainError(ImportErrors.EmptyFile, "Tệp không có quy tắc nào.", Row: 2));
        }

        var sets = new List<RuleSet>();
        foreach (var name in errors.Count == 0 ? order : [])
        {
            var (h, rules) = groups[name];
            var set = RuleSet.Create(h.Name, h.Issuer, h.DecisionNo, h.DecisionDate, h.From, h.To, rules, h.Verified);
            if (set.IsFailure)
            {
                errors.AddRange(set.Errors.Select(e => e.Row is null ? e.AtRow(h.Row) : e));
            }
            else
            {
                sets.Add(set.Value);
            }
        }

        return errors.Count > 0 ? Result.Failure<IReadOnlyList<RuleSet>>(errors) : Result.Success<IReadOnlyList<RuleSet>>(sets);
    }

    private static AuthorityRule? ReadRule(RuleSetCsvRow row)
    {
        var action = row.Slug<AuthorityAction>("action", AuthorityActions.TryParse, AuthorityActions.Slugs);
        var assetClass = row.Slug<AssetClass>("asset_class", AssetClasses.TryParse, AssetClasses.Slugs);
        var unitKind = row.UnitKind();
        var funding = row.Slug<Funding>("funding", Fundings.TryParse, Fundings.Slugs);
        var basis = row.Slug<ValueBasis>("basis", ValueBases.TryParse, ValueBases.Slugs);
        var min = row.Amount("min_value");
        var max = row.OptionalAmount("max_value");
        var decider = row.Slug<Decider>("decider", Deciders.TryParse, Deciders.Slugs);
        var spending = row.Has("spending_kind") && row.Text("spending_kind").Length > 0
            ? row.Slug<SpendingKind>("spending_kind", SpendingKinds.TryParse, SpendingKinds.Slugs)
            : SpendingKind.Any;
        var citation = row.Text("citation");
        if (citation.Length == 0)
        {
            row.Error(ImportErrors.MissingValue, "citation", "Thiếu căn cứ (điều, khoản).");
        }

        if (action is not { } a || assetClass is not { } c || unitKind is not { } u || funding is not { } f
            || basis is not { } b || min is not { } lo || decider is not { } d || spending is not { } s || row.Errors.Count > 0)
        {
            return null;
        }

        var opinion = row.Text("requires_opinion");
        return new AuthorityRule
        {
            Row = row.Number,
            Action = a,
            AssetClass = c,
            UnitKind = u.Kind,
            Funding = f,
            Basis = b,
            SpendingKind = s,
            MinValue = lo,
            MaxValue = max,
            Decider = d,
            RequiresOpinion = opinion.Length > 0 ? opinion : null,
            Citation = citation,
        };
    }

    private static IEnumerable<DomainError> Mismatches(Header first, Header current)
    {
        var firstRow = first.Row.ToString(CultureInfo.InvariantCulture);
        (string Column, bool Same)[] checks =
        [
            ("issuer", first.Issuer == current.Issuer), ("decision_no", first.DecisionNo == current.DecisionNo),
            ("decision_date", first.DecisionDate == current.DecisionDate), ("effective_from", first.From == current.From),
            ("effective_to", first.To == current.To), ("verified", first.Verified == current.Verified),
        ];
        return checks.Where(c => !c.Same).Select(c => new DomainError(
            AuthorityErrors.RuleSetHeaderMismatch,
            $"Cột {c.Column} khác với dòng {firstRow} của cùng bộ quy tắc '{first.Name}'.",
            c.Column,
            current.Row));
    }
}
