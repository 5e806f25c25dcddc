using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Authority.Records;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// The EF Core model. Provider-neutral: amounts are 64-bit integers, dates are DateOnly, columns
/// are snake_case. The schema is created and upgraded only by the hand-written migrations in
/// Migrations/; a test proves they produce exactly this model.
/// </summary>
public sealed class PartyFinanceDbContext(DbContextOptions<PartyFinanceDbContext> options) : DbContext(options)
{
    private readonly List<Audit.PendingAuditEvent> _pendingAudit = [];
    private bool _writingAudit;

    /// <summary>Who acts and why, recorded with every change this context saves.</summary>
    internal Application.Common.AuditContext AuditContext { get; set; } = Application.Common.AuditContext.System;

    /// <summary>SQL serialising audit writers in the transaction (null: the provider's transactions already do).</summary>
    internal string? AuditLockSql { get; set; }

    /// <summary>Starts a unit of work on a context new or rented from the pool: who acts, who hears of a wait, and nothing pending from before.</summary>
    internal void Begin(Application.Common.AuditContext audit, DatabaseWait wait, string? auditLockSql)
    {
        AuditContext = audit;
        Wait = wait;
        AuditLockSql = auditLockSql;
        _pendingAudit.Clear();
        _writingAudit = false;
        AuditHeads = null;
    }

    /// <summary>Who is told when a write of this context waits for another writer (SQLite; the limit is in the options).</summary>
    internal DatabaseWait Wait { get; private set; } = DatabaseWait.Default;

    /// <summary>The audit chain heads the open transaction has written (see <see cref="Audit.AuditWriter"/>).</summary>
    internal Audit.AuditHeads? AuditHeads { get; set; }

    /// <summary>A change the change tracker cannot see (a bulk or conditional update, a batch of vouchers), recorded at the next save.</summary>
    internal void RecordAudit(Audit.PendingAuditEvent change) => _pendingAudit.Add(change);

    /// <summary>
    /// Saves, and records every change saved in the audit trail in the same transaction (opening one
    /// when the caller has none), so a change and its audit row commit together or not at all.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_writingAudit)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var entries = ChangeTracker.Entries().Where(Audit.AuditCapture.IsAudited).ToList();
        if (entries.Count == 0 && _pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var events = new List<Audit.PendingAuditEvent>(_pendingAudit);
            foreach (var entry in entries)
            {
                if (await Audit.AuditCapture.DescribeAsync(entry, cancellationToken) is { } change)
                {
                    events.Add(change);
                }
            }

            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            _pendingAudit.Clear();
            await Audit.AuditWriter.AppendAsync(this, events, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Writes the audit rows themselves (no capture of the capture).</summary>
    internal async Task SaveAuditRowsAsync(CancellationToken ct)
    {
        _writingAudit = true;
        try
        {
            await base.SaveChangesAsync(true, ct);

            // Written rows are not kept in memory (a large import writes many).
            foreach (var written in ChangeTracker.Entries<Records.AuditEventRecord>().ToList())
            {
                written.State = EntityState.Detached;
            }
        }
        finally
        {
            _writingAudit = false;
        }
    }

    public DbSet<UnitRecord> Units => Set<UnitRecord>();

    public DbSet<AccountRecord> Accounts => Set<AccountRecord>();

    public DbSet<BudgetCodeRecord> BudgetCodes => Set<BudgetCodeRecord>();

    public DbSet<FundSourceRecord> FundSources => Set<FundSourceRecord>();

    public DbSet<VoucherTypeRecord> VoucherTypes => Set<VoucherTypeRecord>();

    public DbSet<ReferenceFileRecord> ReferenceFiles => Set<ReferenceFileRecord>();

    public DbSet<VoucherRecord> Vouchers => Set<VoucherRecord>();

    public DbSet<VoucherLineRecord> VoucherLines => Set<VoucherLineRecord>();

    public DbSet<VoucherSequenceRecord> VoucherSequences => Set<VoucherSequenceRecord>();

    public DbSet<CounterRecord> Counters => Set<CounterRecord>();

    public DbSet<AccountBalanceRecord> AccountBalances => Set<AccountBalanceRecord>();

    public DbSet<EstimateBalanceRecord> EstimateBalances => Set<EstimateBalanceRecord>();

    public DbSet<OpeningBalanceRecord> OpeningBalances => Set<OpeningBalanceRecord>();

    public DbSet<PeriodRecord> Periods => Set<PeriodRecord>();

    public DbSet<PeriodEventRecord> PeriodEvents => Set<PeriodEventRecord>();

    public DbSet<ImportBatchRecord> ImportBatches => Set<ImportBatchRecord>();

    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();

    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    public DbSet<YearCloseStepRecord> YearCloseSteps => Set<YearCloseStepRecord>();

    public DbSet<RuleSetRecord> AuthorityRuleSets => Set<RuleSetRecord>();

    public DbSet<RuleRecord> AuthorityRules => Set<RuleRecord>();

    public DbSet<RuleSetEndRecord> AuthorityRuleSetEnds => Set<RuleSetEndRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<RoleGrantRecord> RoleGrants => Set<RoleGrantRecord>();

    public DbSet<ApprovalRequestRecord> ApprovalRequests => Set<ApprovalRequestRecord>();

    public DbSet<ApprovalEventRecord> ApprovalEvents => Set<ApprovalEventRecord>();

    public DbSet<ApprovalNumberRecord> ApprovalNumbers => Set<ApprovalNumberRecord>();

    public DbSet<BudgetLineRecord> BudgetLines => Set<BudgetLineRecord>();

    public DbSet<BudgetMovementRecord> BudgetMovements => Set<BudgetMovementRecord>();

    public DbSet<CommitmentRecord> BudgetCommitments => Set<CommitmentRecord>();

    public DbSet<ControlModeRecord> BudgetControlModes => Set<ControlModeRecord>();

    public DbSet<SpendingRequestRecord> SpendingRequests => Set<SpendingRequestRecord>();

    public DbSet<SpendingEventRecord> SpendingEvents => Set<SpendingEventRecord>();

    public DbSet<RecurringPlanRecord> RecurringPlans => Set<RecurringPlanRecord>();

    public DbSet<PlanVersionRecord> PlanVersions => Set<PlanVersionRecord>();

    public DbSet<YearEndResultRecord> YearEndResults => Set<YearEndResultRecord>();

    public DbSet<BudgetCounterRecord> BudgetCounters => Set<BudgetCounterRecord>();

    public DbSet<Assets.Records.AssetRecord> Assets => Set<Assets.Records.AssetRecord>();

    public DbSet<Assets.Records.AssetEventRecord> AssetEvents => Set<Assets.Records.AssetEventRecord>();

    public DbSet<Assets.Records.ToolRecord> Tools => Set<Assets.Records.ToolRecord>();

    public DbSet<Assets.Records.ToolEventRecord> ToolEvents => Set<Assets.Records.ToolEventRecord>();

    public DbSet<Assets.Records.AssetWearRecord> AssetWear => Set<Assets.Records.AssetWearRecord>();

    public DbSet<Assets.Records.AssetDepreciationRecord> AssetDepreciation => Set<Assets.Records.AssetDepreciationRecord>();

    public DbSet<Assets.Records.AssetClassRecord> AssetClasses => Set<Assets.Records.AssetClassRecord>();

    public DbSet<Assets.Records.AssetActionRecord> AssetActions => Set<Assets.Records.AssetActionRecord>();

    public DbSet<Assets.Records.AssetPurchaseRecord> AssetPurchases => Set<Assets.Records.AssetPurchaseRecord>();

    public DbSet<Assets.Records.StocktakeRecord> Stocktakes => Set<Assets.Records.StocktakeRecord>();

    public DbSet<Assets.Records.StocktakeLineRecord> StocktakeLines => Set<Assets.Records.StocktakeLineRecord>();

    /// <summary>Enum columns hold their stable codes (<see cref="CodeConventions"/>).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => CodeConventions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<UnitRecord>(e => { e.ToTable("org_units"); e.HasKey(x => x.Code); });
        b.Entity<AccountRecord>(e => { e.ToTable("accounts"); e.HasKey(x => new { x.Code, x.ValidFrom }); });
        b.Entity<BudgetCodeRecord>(e => { e.ToTable("budget_codes"); e.HasKey(x => new { x.Kind, x.Code, x.ValidFrom }); });
        b.Entity<FundSourceRecord>(e => { e.ToTable("fund_sources"); e.HasKey(x => new { x.Code, x.ValidFrom }); });
        b.Entity<VoucherTypeRecord>(e => { e.ToTable("voucher_types"); e.HasKey(x => new { x.Code, x.ValidFrom }); });
        b.Entity<ReferenceFileRecord>(e => { e.ToTable("reference_files"); e.HasKey(x => x.FileName); });
        b.Entity<VoucherRecord>(e =>
        {
            e.ToTable("vouchers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ClientKey).IsUnique();
            e.HasIndex(x => x.ReversesId).IsUnique();
            e.HasIndex(x => new { x.UnitCode, x.Year });
            e.HasIndex(x => x.Year);
        });
        b.Entity<VoucherLineRecord>(e =>
        {
            e.ToTable("voucher_lines");
            e.HasKey(x => new { x.VoucherId, x.LineNo });
            e.HasIndex(x => x.AccountCode);
            e.HasOne<VoucherRecord>().WithMany().HasForeignKey(x => x.VoucherId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<VoucherSequenceRecord>(e => { e.ToTable("voucher_sequences"); e.HasKey(x => new { x.UnitCode, x.TypeCode, x.Year }); });
        b.Entity<CounterRecord>(e => { e.ToTable("counters"); e.HasKey(x => x.Name); });
        b.Entity<AccountBalanceRecord>(e =>
        {
            e.ToTable("account_balances");
            e.HasKey(x => new { x.UnitCode, x.Year, x.Month, x.AccountCode });
            e.HasIndex(x => new { x.Year, x.AccountCode });
        });
        b.Entity<EstimateBalanceRecord>(e =>
        {
            e.ToTable("estimate_balances");
            e.HasKey(x => new { x.UnitCode, x.FundSource, x.BudgetItem, x.Sector, x.Year, x.Month, x.AccountCode, x.TypeCode });
        });
        b.Entity<OpeningBalanceRecord>(e => { e.ToTable("opening_balances"); e.HasKey(x => new { x.UnitCode, x.Year, x.AccountCode }); });
        b.Entity<PeriodRecord>(e => { e.ToTable("periods"); e.HasKey(x => new { x.UnitCode, x.Year, x.Month }); });
        b.Entity<PeriodEventRecord>(e =>
        {
            e.ToTable("period_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.UnitCode, x.Year, x.Month });
        });
        b.Entity<ImportBatchRecord>(e => { e.ToTable("import_batches"); e.HasKey(x => x.Id); e.Property(x => x.Id).ValueGeneratedNever(); });
        b.Entity<AuditRecord>(e => { e.ToTable("audit_log"); e.HasKey(x => x.Id); e.Property(x => x.Id).ValueGeneratedNever(); });
        b.Entity<AuditEventRecord>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.ChainUnit, x.ChainYear, x.Seq }).IsUnique();
            e.HasIndex(x => x.At);
        });
        b.Entity<YearCloseStepRecord>(e => { e.ToTable("year_close_steps"); e.HasKey(x => new { x.UnitCode, x.Year, x.Step }); });
        AuthorityModel.Configure(b);

        BudgetModel.Configure(b);
        PartyFinance.Infrastructure.Assets.AssetModel.Configure(b);
        PartyFinance.Infrastructure.Assets.ToolModel.Configure(b);

        foreach (var entity in b.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
