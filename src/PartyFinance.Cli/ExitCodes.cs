namespace PartyFinance.Cli;

/// <summary>The CLI contract: 0 success, 1 refused by input or a business rule, 2 usage error, 3 unexpected failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int Usage = 2;
    public const int Failure = 3;
}
