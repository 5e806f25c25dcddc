using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Organisation;

public class UnitImportTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Header = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_MergerClosesOldUnitWithSuccessorAndRecordsTheChange(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var import = new ImportUnits(books.Store, books.Access, new FixedClock());
        var merger = Header +
            "DUK,Đảng ủy Khối,party-committee-bloc,VPTU,509,2018-01-01,2025-06-30,DUCQD\n" +
            "DUCQD,Đảng ủy các cơ quan Đảng tỉnh,party-committee-bloc,VPTU,509,2025-07-01,,\n" +
            "XA1,Đảng ủy xã Tiên Du,commune-committee,,819,2025-07-01,,\n";
        Assert.Equal(3, (await import.RunAsync(books.File("u1.csv", merger), "admin", Ct)).Stored);

        var update = Header + "BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2025-12-31,\n";
        Assert.Equal(1, (await import.RunAsync(books.File("u2.csv", update), "admin", Ct)).Stored);
        Assert.Equal(1, (await import.RunAsync(books.File("u2.csv", update), "admin", Ct)).Skipped);

        var units = (await books.Queries.ListUnitsAsync(Ct)).ToDictionary(u => u.Code);
        Assert.Equal(("DUCQD", new DateOnly(2025, 6, 30)), (units["DUK"].SuccessorCode, units["DUK"].ValidTo!.Value));
        Assert.Equal((UnitKind.CommuneCommittee, "819"), (units["XA1"].Kind, units["XA1"].Chapter));
        await using var db = books.Db.Target.CreateContext();
        var audit = await db.AuditEvents.Where(a => a.TableName == "org_units" && a.EntityKey == "BTC").OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(["create", "update"], audit.Select(a => a.Kind));
        Assert.Contains("\"valid_to\":null", audit[1].BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"valid_to\":\"2025-12-31\"", audit[1].AfterJson, StringComparison.Ordinal);
        Assert.Equal("system", audit[1].Actor);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_WithBadRows_ListsEveryErrorAndChangesNothing(DatabaseProvider provider)
    {
        await using var books = await Books.OpenAsync(provider);
        var bad = Header +
            "A1,Đơn vị A,ban-dang,VPTU,509,2020-01-01,,\n" +
            "A2,Đơn vị B,party-agency,NOPE,509,2020-01-01,,\n" +
            "A3,Đơn vị C,party-agency,VPTU,999,2020-01-01,,\n" +
            "A4,Đơn vị D,party-agency,VPTU,509,2020-01-01,,GONE\n";
        var report = await new ImportUnits(books.Store, books.Access, new FixedClock()).RunAsync(books.File("bad.csv", bad), "admin", Ct);
        Assert.Equal(
            [(OrganisationErrors.BadKind, 2), (OrganisationErrors.ParentUnknown, 3), (OrganisationErrors.ChapterUnknown, 4), (OrganisationErrors.SuccessorUnknown, 5), (OrganisationErrors.SuccessorNeedsEnd, 5)],
            report.Errors.Select(e => (e.Code, e.Row!.Value)));
        Assert.Equal(2, (await books.Queries.ListUnitsAsync(Ct)).Count);
    }
}
