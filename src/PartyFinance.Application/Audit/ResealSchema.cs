using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Audit;

/// <summary>
/// `audit reseal --reason … --by ADMIN`: after a restore with pg_restore (or any tool that re-creates the triggers
/// with their recorded definitions), records the new trigger identities in the trail, with who and why, so
/// `audit verify` passes again. Only an administrator may, only with a reason, and only when every trigger's
/// definition, table and enabled state are the recorded ones.
/// </summary>
public sealed class ResealSchema(IAuditTrail trail, AccessGuard access, AuditContext audit)
{
    public async Task<Result<ResealReport>> RunAsync(CancellationToken ct)
    {
        var allowed = await access.CheckAsync(audit.Actor, Permission.DatabaseInit, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<ResealReport>(allowed.Errors);
        }

        if (string.IsNullOrWhiteSpace(audit.Reason))
        {
            return new DomainError(BackupErrors.ReasonRequired, "Phải ghi lý do niêm phong lại (--reason), ví dụ số biên bản phục hồi.", "reason");
        }

        return await trail.ResealAsync(ct);
    }
}
