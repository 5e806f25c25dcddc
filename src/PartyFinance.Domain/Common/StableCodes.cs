using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Common;

/// <summary>
/// The catalogue of every enum that has a stable code: each table is declared once, beside its
/// enum; the database (value converters), the CLI, JSON and the files all read it from here.
/// </summary>
public static class StableCodes
{
    public static IReadOnlyList<ICodeTable> All { get; } =
    [
        Roles.Table, Deciders.Table, DocumentKinds.Table, AuthorityActions.Table, AssetClasses.Table, Fundings.Table, ValueBases.Table,
        SpendingKinds.Table, Permissions.Table, ApprovalStatuses.Table, ApprovalEventKinds.Table, UnitKinds.Table,
        AutonomyCodes.Table, SpendingStatusCodes.Table, PlanStatusCodes.Table, ScheduleCodes.Table, ControlModes.Table, MovementKinds.Table,
        CommitmentStatuses.Table, SpendingNatures.Table, PaymentMethods.Table, PeriodActions.Table,
        Assets.AssetCodes.Origins, Assets.AssetCodes.Statuses, Assets.AssetCodes.Events, Assets.AssetCodes.Actions, Assets.FundingShares.Table,
        CloseSteps.Table, CloseSteps.States,
        Assets.ToolCodes.Events,
    ];

    /// <summary>The table of <typeparamref name="T"/>; an enum without one is a programming error.</summary>
    public static CodeTable<T> Of<T>()
        where T : struct, Enum => Cache<T>.Table ?? throw new InvalidOperationException($"{typeof(T).Name} has no code table in StableCodes.All.");

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly CodeTable<T>? Table = All.OfType<CodeTable<T>>().SingleOrDefault();
    }
}
