using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

public class AccountingPeriodTests
{
    private static readonly DateTimeOffset At = new(2025, 4, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lock_ThenUnlockWithReason_KeepsBothEventsInOrder()
    {
        var p = AccountingPeriod.Open("VPTU", 2025, 3);
        Assert.True(p.Lock("ketoantruong", At).IsSuccess);
        Assert.True(p.IsLocked);
        Assert.True(p.Unlock("ketoantruong", At.AddDays(1), "Bổ sung chứng từ kho bạc").IsSuccess);
        Assert.False(p.IsLocked);
        Assert.Equal([PeriodAction.Lock, PeriodAction.Unlock], p.Events.Select(e => e.Action));
        Assert.Equal("Bổ sung chứng từ kho bạc", p.Events[1].Reason);
    }

    [Fact]
    public void Unlock_WithoutReason_IsRefusedAndChangesNothing()
    {
        var p = AccountingPeriod.Open("VPTU", 2025, 3);
        p.Lock("a", At);
        Assert.Equal(LedgerErrors.ReasonRequired, p.Unlock("a", At, "  ").FirstError.Code);
        Assert.True(p.IsLocked);
        Assert.Single(p.Events);
    }

    [Fact]
    public void Lock_Twice_IsRefused() =>
        Assert.Equal(LedgerErrors.PeriodAlreadyLocked, Locked().Lock("a", At).FirstError.Code);

    [Fact]
    public void Unlock_WhenOpen_IsRefused() =>
        Assert.Equal(LedgerErrors.PeriodNotLocked, AccountingPeriod.Open("VPTU", 2025, 3).Unlock("a", At, "x").FirstError.Code);

    private static AccountingPeriod Locked()
    {
        var p = AccountingPeriod.Open("VPTU", 2025, 3);
        p.Lock("a", At);
        return p;
    }
}
