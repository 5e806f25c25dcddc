using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Demo;
using PartyFinance.Composition;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>
/// The statements one approval sends (EF Core's diagnostics, this test's database file only, by its whole path): the request is read once before
/// the line lock (for whose permission to check and which line to lock), and a stored approval chain's header is not looked
/// for again before its new signatures are appended.
/// </summary>
public sealed class ApprovalRoundTripTests
{
    [Fact]
    public async Task Approve_ReadsTheRequestOnceBeforeTheLock_AndDoesNotLookForAStoredChainAgain()
    {
        var sent = new List<(bool InTransaction, string Sql)>();
        string? file = null;
        var inTransaction = false;
        using var listening = EfEvents.Listen(data =>
        {
            // The whole path: every test database is a books.db in a folder of its own, and other tests run at the same time.
            if (file is null || !string.Equals(Path.GetFullPath((data as DbContextEventData)?.Context?.Database.GetDbConnection().DataSource ?? "."), file, StringComparison.Ordinal))
            {
                return;
            }

            lock (sent)
            {
                if (data is CommandExecutedEventData c)
                {
                    sent.Add((inTransaction, c.Command.CommandText));
                }
                else if (data.EventId == RelationalEventId.TransactionStarted)
                {
                    inTransaction = true;
                }
                else if (data.EventId == RelationalEventId.TransactionCommitted || data.EventId == RelationalEventId.TransactionRolledBack)
                {
                    inTransaction = false;
                }
            }
        });

        await using var province = await ApprovalProvince.StartAsync(DatabaseProvider.Sqlite);
        var (cli, units, As) = (province.Cli, province.Units, (Func<string, IServiceProvider>)province.As);
        var ids = await ApprovalBench.PrepareAsync(As(ApprovalBench.Maker), units, 2025, 1, CancellationToken.None);
        var unit = (await As(ApprovalBench.Maker).GetRequiredService<ListRequests>().RunAsync(null, CancellationToken.None)).Single(r => r.Id == ids[0]).Unit;
        var head = ProvinceMovements.HeadLogin(unit);
        var approve = As(head).GetRequiredService<ApproveRequest>();
        file = Path.GetFullPath(new SqliteConnectionStringBuilder(cli.Db.Target.ConnectionString).DataSource);

        var approved = await approve.RunAsync(ids[0], head, new DateOnly(2025, 12, 15), "1/QĐ-TEST", null, CancellationToken.None);
        file = null;

        Assert.True(approved.IsSuccess, approved.IsFailure ? approved.FirstError.Describe() : null);
        Assert.Equal(SpendingStatus.Approved, approved.Value.Request.Status);
        List<(bool InTransaction, string Sql)> commands;
        lock (sent)
        {
            commands = [.. sent];
        }

        Assert.Contains(commands, c => c.InTransaction && c.Sql.StartsWith("INSERT INTO \"approval_events\"", StringComparison.Ordinal));
        Assert.Single(commands, c => !c.InTransaction && c.Sql.Contains("FROM \"spending_requests\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Sql.Contains("EXISTS", StringComparison.Ordinal) && c.Sql.Contains("\"approval_requests\"", StringComparison.Ordinal));
    }
}
