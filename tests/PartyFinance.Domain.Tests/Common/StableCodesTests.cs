using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Tests.Common;

/// <summary>Every enum with a stable code declares each value once, with a unique code and a Vietnamese name, and reads back what it writes.</summary>
public class StableCodesTests
{
    public static TheoryData<string> Tables => new(StableCodes.All.Select(t => t.EnumType.Name));

    private static ICodeTable Table(string name) => StableCodes.All.Single(t => t.EnumType.Name == name);

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryValue_IsDeclaredOnce_AndRoundTripsThroughItsCodeAndItsStoredSpelling(string name)
    {
        var table = Table(name);

        Assert.Equal(Enum.GetValues(table.EnumType).Cast<Enum>().Order(), table.Entries.Select(e => e.Value).Order());
        Assert.All(table.Entries, e =>
        {
            Assert.Equal(e.Value, table.FindByCode(e.Code));
            Assert.Equal(e.Value, table.FindByCode(" " + e.Code.ToUpperInvariant() + " "));
            Assert.Equal(e.Value, table.FindByStored(e.Stored));
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
        });
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Codes_NamesAndStoredSpellings_AreUniqueWithinATable(string name)
    {
        var table = Table(name);

        Assert.Equal(table.Entries.Count, table.Entries.Select(e => e.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(table.Entries.Count, table.Entries.Select(e => e.Stored).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(table.Entries.Count, table.Entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EachEnum_HasOneTable_AndTheGenericLookupFindsIt()
    {
        Assert.Equal(StableCodes.All.Count, StableCodes.All.Select(t => t.EnumType).Distinct().Count());
        Assert.Same(Roles.Table, StableCodes.Of<Role>());
        Assert.Same(ControlModes.Table, StableCodes.Of<ControlMode>());
        Assert.Throws<InvalidOperationException>(() => StableCodes.Of<EntrySide>());
    }

    [Fact]
    public void ColumnsWrittenBeforeSchema8_KeepTheirStoredSpelling_WhileTheCodeIsTheCliOne()
    {
        Assert.Equal(("stop", "Stop"), (ControlModes.Table.Code(ControlMode.Stop), ControlModes.Table.Stored(ControlMode.Stop)));
        Assert.Equal(("carry-forward-in", "CarryForwardIn"), (MovementKinds.Table.Code(MovementKind.CarryForwardIn), MovementKinds.Table.Stored(MovementKind.CarryForwardIn)));
        Assert.Equal(("awaiting-budget", "awaiting-budget"), (SpendingStatus.AwaitingBudget.Code(), SpendingStatusCodes.Table.Stored(SpendingStatus.AwaitingBudget)));
        Assert.Equal(("lock", "lock"), (PeriodAction.Lock.Code(), PeriodActions.Table.Stored(PeriodAction.Lock)));
        Assert.Equal(UnitKind.PartyAgency, UnitKinds.Table.FromStored("party-agency"));
        Assert.Throws<InvalidOperationException>(() => ControlModes.Table.FromStored("stop"));
    }

    [Fact]
    public void ARefusedTransition_NamesTheActionAndTheStatusInVietnamese()
    {
        Assert.Equal("Không thể duyệt đề nghị chi đang ở trạng thái nháp.", SpendingErrors.Transition("approve", SpendingStatus.Draft).Message);
        Assert.Equal(("chi trả", "unknown"), (SpendingActions.Name("pay"), SpendingActions.Name("unknown")));
    }

    private enum Sample
    {
        One,
        Two,
    }

    [Fact]
    public void ATable_ThatMissesAValueOrRepeatsACode_IsRefusedWhenBuilt()
    {
        Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một")));
        Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một"), (Sample.Two, "ONE", "hai")));
        Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một", "x"), (Sample.Two, "two", "hai", "x")));
        Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một"), (Sample.Two, "two", " ")));
        var twice = Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một"), (Sample.Two, "two", "hai"), (Sample.One, "uno", "một nữa")));
        Assert.Contains("[One]", twice.Message);
        Assert.Contains("[Two]", Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một"))).Message);
        Assert.Contains("duplicate codes [ONE]", Assert.Throws<InvalidOperationException>(() => new CodeTable<Sample>((Sample.One, "one", "một"), (Sample.Two, "ONE", "hai"))).Message);
        Assert.Equal("two", new CodeTable<Sample>((Sample.One, "one", "một"), (Sample.Two, "two", "hai")).Code(Sample.Two));
    }
}
