using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class ControlModeSettingTests
{
    [Fact]
    public void Default_IsStop()
    {
        Assert.Equal(ControlMode.Stop, ControlModeSetting.Default("12", 2026).Mode);
    }

    [Fact]
    public void Change_BeforeAllocation_IsAllowed()
    {
        var s = ControlModeSetting.Default("12", 2026);

        Assert.True(s.Change(ControlMode.Warn).IsSuccess);
        Assert.Equal(ControlMode.Warn, s.Mode);
    }

    [Fact]
    public void Change_OnceAllocated_IsRefusedWithControlModeFixed()
    {
        var s = ControlModeSetting.Default("12", 2026);
        s.Fix();

        Assert.Equal(BudgetErrors.ControlModeFixed, s.Change(ControlMode.Warn).FirstError.Code);
        Assert.Equal(ControlMode.Stop, s.Mode);
    }
}
