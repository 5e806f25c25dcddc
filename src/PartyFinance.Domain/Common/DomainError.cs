namespace PartyFinance.Domain.Common;

/// <summary>
/// An expected refusal: a stable machine code (asserted by tests, mapped to exit codes and HTTP
/// problems) and a Vietnamese message for the user. <see cref="Field"/> names the input field at
/// fault and <see cref="Row"/> the 1-based source row (header = row 1) when the input came from a file.
/// </summary>
public sealed record DomainError(string Code, string Message, string? Field = null, int? Row = null)
{
    public DomainError AtRow(int row) => this with { Row = row };

    public DomainError ForField(string field) => this with { Field = field };

    /// <summary>"Dòng 12, cột debit: …" — the form every import error is shown in.</summary>
    public string Describe()
    {
        var where = (Row, Field) switch
        {
            ({ } r, { } f) => $"Dòng {r.ToString(System.Globalization.CultureInfo.InvariantCulture)}, cột {f}: ",
            ({ } r, null) => $"Dòng {r.ToString(System.Globalization.CultureInfo.InvariantCulture)}: ",
            (null, { } f) => $"Trường {f}: ",
            (null, null) => string.Empty,
        };
        return where + Message;
    }
}
