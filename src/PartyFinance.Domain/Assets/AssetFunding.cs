namespace PartyFinance.Domain.Assets;

/// <summary>
/// How an asset's original cost was funded: State budget, Party funds, other (gifts, aid, the unit's
/// own revenue). The shares sum to the cost; every amount booked for the asset (residual on transfer
/// or disposal, a year's wear, sale proceeds) is split in the same proportions (NĐ 165/2017 Art. 30).
/// </summary>
public readonly record struct AssetFunding(long State, long Party, long Other)
{
    public long Total => checked(State + Party + Other);

    public long this[FundingShare share] => share switch
    {
        FundingShare.State => State,
        FundingShare.Party => Party,
        FundingShare.Other => Other,
    };

    /// <summary>The share with the largest amount (State first on a tie): the funding the delegation rules are asked about.</summary>
    public FundingShare Dominant => State >= Party && State >= Other ? FundingShare.State : Party >= Other ? FundingShare.Party : FundingShare.Other;

    /// <summary>
    /// <paramref name="amount"/> split pro rata to the shares in whole đồng by largest remainder, so
    /// the parts always add up to the amount exactly and a zero share gets nothing.
    /// </summary>
    public IReadOnlyList<(FundingShare Share, long Amount)> Split(long amount)
    {
        var total = Total;
        if (total <= 0)
        {
            throw new InvalidOperationException("An asset without a cost has no funding shares to split by.");
        }

        Span<long> parts = stackalloc long[3];
        Span<long> remainders = stackalloc long[3];
        long given = 0;
        for (var i = 0; i < 3; i++)
        {
            var share = this[(FundingShare)i];
            var product = (Int128)amount * share;
            parts[i] = (long)(product / total);
            remainders[i] = (long)(product % total);
            given = checked(given + parts[i]);
        }

        for (var left = amount - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < 3; i++)
            {
                if (this[(FundingShare)i] > 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            parts[best]++;
            remainders[best] = -1;
        }

        var result = new List<(FundingShare, long)>(3);
        for (var i = 0; i < 3; i++)
        {
            if (parts[i] != 0)
            {
                result.Add(((FundingShare)i, parts[i]));
            }
        }

        return result;
    }

    /// <summary>The funding after a cost change of <paramref name="delta"/> booked to one share.</summary>
    public AssetFunding Add(FundingShare share, long delta) => share switch
    {
        FundingShare.State => this with { State = checked(State + delta) },
        FundingShare.Party => this with { Party = checked(Party + delta) },
        FundingShare.Other => this with { Other = checked(Other + delta) },
    };
}
