using System.Diagnostics;
using System.Globalization;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>`stages`: times parsing and validation alone against an initialised database, to see where import time goes.</summary>
public static class Stages
{
    public static async Task<int> RunAsync(string file, string dbPath)
    {
        var clock = Stopwatch.StartNew();
        List<VoucherDraft> drafts;
        await using (var stream = File.OpenRead(file))
        {
            (drafts, _, _) = VoucherCsvParser.Parse(stream);
        }

        var parse = clock.Elapsed.TotalSeconds;
        await using var session = await new LedgerStore(DatabaseTarget.Parse(dbPath), TimeProvider.System).BeginAsync(CancellationToken.None);
        clock.Restart();
        var now = DateTimeOffset.UtcNow;
        var built = drafts.Select(d => Voucher.Post(d, session.Catalog, session.NextSequence, "bench", now, BenchReference.Budget.Posting.MirrorAccounts).Value).ToList();
        var validate = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (var v in built)
        {
            if (await session.AppendAsync(v, CancellationToken.None) is { } refused)
            {
                throw new InvalidOperationException(refused.Describe());
            }
        }

        var append = clock.Elapsed.TotalSeconds;
        clock.Restart();
        await session.CommitAsync(null, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse {parse:F1} s; validate+build {validate:F1} s; append {append:F1} s; commit {clock.Elapsed.TotalSeconds:F1} s ({built.Count:N0} vouchers)"));
        return 0;
    }
}
