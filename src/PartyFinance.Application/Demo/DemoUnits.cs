namespace PartyFinance.Application.Demo;

internal static class DemoUnits
{
    /// <summary>Validity of each demo unit, read from the same CSV that the import uses.</summary>
    public static Dictionary<string, (DateOnly From, DateOnly? To)> Parse(string csv)
    {
        var result = new Dictionary<string, (DateOnly, DateOnly?)>(StringComparer.Ordinal);
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            var f = line.Split(',');
            result[f[0]] = (DateOnly.ParseExact(f[5], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                f[6].Length == 0 ? null : DateOnly.ParseExact(f[6], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }
}
