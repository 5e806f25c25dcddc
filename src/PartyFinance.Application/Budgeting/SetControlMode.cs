using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>Chooses stop or warn for a fund source and year; refused once its first estimate is allocated.</summary>
public sealed class SetControlMode(IBudgetStore store, AccessGuard access)
{
    public async Task<Result> RunAsync(string fundSource, int year, ControlMode mode, string by, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(by, Permission.BudgetControlMode, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return allowed;
        }

        var setting = await store.FindControlModeAsync(fundSource, year, ct) ?? ControlModeSetting.Default(fundSource, year);
        var changed = setting.Change(mode);
        if (changed.IsSuccess)
        {
            await store.SaveControlModeAsync(setting, ct);
        }

        return changed;
    }
}
