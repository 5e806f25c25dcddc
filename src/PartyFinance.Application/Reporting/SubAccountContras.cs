namespace PartyFinance.Application.Reporting;

/// <summary>
/// The TK đối ứng text of a book line posted on a sub-account, "61112 [1111]": a book of a million lines has only a few
/// distinct pairs, so each text is built once (up to a bound, past which it is built each time).
/// </summary>
internal sealed class SubAccountContras
{
    private const int Bound = 4096;

    private readonly Dictionary<(string Contra, string Account), string> _texts = [];

    public string Of(string contra, string account)
    {
        if (_texts.TryGetValue((contra, account), out var text))
        {
            return text;
        }

        text = $"{contra} [{account}]";
        if (_texts.Count < Bound)
        {
            _texts[(contra, account)] = text;
        }

        return text;
    }
}
