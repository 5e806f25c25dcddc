using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Application.Demo;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Application.Reference;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Assets;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Reporting;

namespace PartyFinance.Composition;

/// <summary>
/// The one composition root: every store, seam and use case of the product is registered here, for
/// the CLI (one scope per command) and the web application (one scope per request). Stores hold a
/// unit of work per instance, so everything is scoped; use cases are plain classes.
/// </summary>
public static class PartyFinanceServices
{
    /// <summary>
    /// The product's services. <paramref name="validateOnBuild"/> checks every registration's graph up front (the tests
    /// and long-lived hosts); a one-command process (the CLI) skips it: it cost a fifth of a report's whole process, and
    /// CompositionTests hold the same graph to the check.
    /// </summary>
    public static ServiceProvider Build(ProductSettings settings, TimeProvider clock, bool validateOnBuild = true) =>
        new ServiceCollection().AddPartyFinance(settings, clock).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = validateOnBuild });

    /// <summary>
    /// Registers the product. <paramref name="actor"/> tells who acts in a scope: the CLI's --by by
    /// default (the settings' actor); the web application passes the signed-in user of the request.
    /// </summary>
    public static IServiceCollection AddPartyFinance(this IServiceCollection services, ProductSettings settings, TimeProvider clock, Func<IServiceProvider, Actor>? actor = null)
    {
        services.AddSingleton(settings);
        services.AddSingleton(clock);
        services.AddScoped(actor ?? (_ => new Actor(settings.Actor)));

        // The audit trail: every context a store opens in this scope records its changes as this scope's actor.
        services.AddScoped(sp => new AuditContext(sp.GetRequiredService<Actor>().Login, clock));
        services.AddScoped(sp => settings.Target with { Audit = sp.GetRequiredService<AuditContext>() });
        services.AddScoped<Application.Audit.IAuditTrail, Infrastructure.Persistence.Audit.AuditTrail>();
        services.AddScoped<Application.Audit.IDatabaseBackup, Infrastructure.Persistence.Sqlite.SqliteBackup>();
        services.AddScoped<Application.Audit.ResealSchema>();

        // Stores and seams (Infrastructure).
        services.AddScoped<LedgerStore>();
        services.AddScoped<ILedgerStore>(sp => sp.GetRequiredService<LedgerStore>());
        services.AddScoped<LedgerQueries>();
        services.AddScoped<ILedgerQueries>(sp => sp.GetRequiredService<LedgerQueries>());
        services.AddScoped<BudgetStore>();
        services.AddScoped<IBudgetStore>(sp => sp.GetRequiredService<BudgetStore>());
        services.AddScoped<IYearEndStore>(sp => sp.GetRequiredService<BudgetStore>());
        services.AddScoped<IVoucherPoster, LedgerVoucherPoster>();
        services.AddScoped<AuthorityStore>();
        services.AddScoped<ICredentialStore, CredentialStore>();
        services.AddSingleton<IPasswordHashing, PasswordHashing>();
        services.AddScoped<IAuthorityStore>(sp => sp.GetRequiredService<AuthorityStore>());
        services.AddScoped<ApprovalNumbers>();
        services.AddScoped<ApprovalQueries>();
        services.AddScoped<IPendingApprovals, PendingApprovals>();
        services.AddScoped<IAssetActionQueries, AssetActionQueries>();
        services.AddScoped<LedgerReportQueries>();
        services.AddScoped<LedgerJournalExport>();
        services.AddScoped<VoucherCsvExport>();
        services.AddScoped<PeriodQueries>();
        services.AddScoped<IPeriodQueries>(sp => sp.GetRequiredService<PeriodQueries>());
        services.AddScoped<IYearCloseStore, YearCloseStore>();
        services.AddSingleton(_ => Loaded("db/posting", ClosingReferenceFiles.LoadDirectory(Path.Combine(settings.BudgetFolder, "..", "posting"))));
        services.AddScoped<VoucherSearch>();
        services.AddScoped<IVoucherSearch>(sp => sp.GetRequiredService<VoucherSearch>());
        services.AddScoped<IReportSource, ReportSource>();
        services.AddSingleton<IWorkbookWriter>(_ => new WorkbookWriter());
        services.AddSingleton(_ => Loaded("reports", ReportDefinitionFiles.LoadDirectory(settings.ReportsFolder)));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<IBooksSetup>(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddSingleton(_ => Loaded("db/budget", BudgetReferenceFiles.LoadDirectory(settings.BudgetFolder)));
        services.AddSingleton(_ => PermissionMatrix(settings));
        services.AddSingleton(_ => Loaded("db/assets", AssetReferenceFiles.LoadDirectory(settings.AssetFolder)));
        services.AddScoped<AssetStore>();
        services.AddScoped<IAssetStore>(sp => sp.GetRequiredService<AssetStore>());
        services.AddScoped<IPurchasedAssets, PurchasedAssetCards>();
        services.AddScoped<AssetPurchasing>();
        services.AddScoped<IToolStore, ToolStore>();
        services.AddSingleton(sp => new EstimateControl(sp.GetRequiredService<BudgetReference>()));
        services.AddSingleton(sp => sp.GetRequiredService<BudgetReference>().Posting);
        services.AddScoped(sp => SpendingAuthority(sp.GetRequiredService<IAuthorityStore>(), sp.GetRequiredService<ILedgerQueries>(), sp.GetRequiredService<PurchaseAuthority>()));
        services.AddScoped<PurchaseAuthority>();

        AddUseCases(services, settings);
        return services;
    }

    private static void AddUseCases(IServiceCollection services, ProductSettings settings)
    {
        // Organisation and ledger.
        services.AddScoped<UnitDirectory>();
        services.AddScoped<ImportUnits>();
        services.AddScoped<CheckUnitImport>();
        services.AddScoped<ImportOpeningBalances>();
        services.AddScoped<CheckOpeningBalanceImport>();
        services.AddScoped<PostVouchers>();
        services.AddScoped<ImportVouchers>();
        services.AddScoped<CheckVoucherImport>();
        services.AddScoped<ReverseVoucher>();
        services.AddScoped<ChangePeriodLock>();
        services.AddScoped<CloseBooksYear>();
        services.AddScoped<Application.Posting.PostEvent>();
        services.AddScoped<ReverseSpendingVoucher>();
        services.AddScoped<SeedDemo>();
        services.AddScoped<GenerateProvince>();
        services.AddScoped<ProvinceMovements>();
        services.AddScoped<SeedDemoUsers>();

        // Authority. Every use case that changes data checks the acting user through AccessGuard first.
        services.AddScoped<AccessGuard>();
        services.AddScoped<CreateFirstAdmin>();
        services.AddScoped<InitialiseBooks>();
        services.AddScoped<AskAuthority>();
        services.AddScoped<DecideAuthority>();
        services.AddScoped<ImportRuleSets>();
        services.AddScoped<CheckRuleSetImport>();
        services.AddScoped<AddUser>();
        services.AddScoped<ListUsers>();
        services.AddScoped<ListRuleSets>();
        services.AddScoped<ShowApproval>();
        services.AddScoped<SubmitForApproval>();
        services.AddScoped<ApproveStep>();
        services.AddScoped<Application.Authority.RejectRequest>();
        services.AddScoped<EndRuleSet>();
        services.AddScoped<SignIn>();
        services.AddScoped<SetPassword>();
        services.AddScoped<UserReaches>();
        services.AddScoped<SetDemoPasswords>();

        // Budgets and spending.
        services.AddScoped<CheckEstimateImport>();
        services.AddScoped(sp => new ImportEstimates(sp.GetRequiredService<IBudgetStore>(), sp.GetRequiredService<BudgetReference>(), sp.GetRequiredService<IVoucherPoster>(),
            sp.GetRequiredService<AccessGuard>(), sp.GetRequiredService<Actor>().Login));
        services.AddScoped(sp => new RecordEstimateChange(sp.GetRequiredService<IBudgetStore>(), sp.GetRequiredService<BudgetReference>(), sp.GetRequiredService<IVoucherPoster>(),
            sp.GetRequiredService<AccessGuard>(), sp.GetRequiredService<Actor>().Login));
        services.AddScoped(sp => new TransferEstimate(sp.GetRequiredService<IBudgetStore>(), sp.GetRequiredService<BudgetReference>(),
            sp.GetRequiredService<IVoucherPoster>(), sp.GetRequiredService<AccessGuard>(), sp.GetRequiredService<Actor>().Login));
        services.AddScoped<SetControlMode>();
        services.AddScoped<BudgetStatus>();
        services.AddScoped<CloseYear>();
        services.AddScoped<CloseBudgetYear>();
        services.AddScoped<CreateSpendingRequest>();
        services.AddScoped<SubmitRequest>();
        services.AddScoped<ApproveRequest>();
        services.AddScoped<Application.Budgeting.RejectRequest>();
        services.AddScoped<PayRequest>();
        services.AddScoped<SettleAdvance>();
        services.AddScoped<CancelRequest>();
        services.AddScoped<ListRequests>();
        services.AddScoped<ShowRequest>();
        services.AddScoped<AddRecurringPlan>();
        services.AddScoped<SubmitRecurringPlan>();
        services.AddScoped<ApproveRecurringPlan>();
        services.AddScoped<RejectRecurringPlan>();
        services.AddScoped<ListPlans>();
        services.AddScoped<RunRecurring>();

        // Assets. An asset action's approval chain is carried out by its document when the final step signs.
        services.AddScoped<ImportAssetClasses>();
        services.AddScoped<CheckAssetClassImport>();
        services.AddScoped<ListAssetClasses>();
        services.AddScoped<ImportAssets>();
        services.AddScoped<CheckAssetImport>();
        services.AddScoped<AssetQueries>();
        services.AddScoped<RunWear>();
        services.AddScoped<RequestAssetAction>();
        services.AddScoped<PreviewAssetAction>();
        services.AddScoped<ToolRegister>();
        services.AddScoped<ImportTools>();
        services.AddScoped<CheckToolImport>();
        services.AddScoped<ToolQueries>();
        services.AddScoped<PurchaseWithPartyFunds>();
        services.AddScoped<UpgradeAsset>();
        services.AddScoped<RunDepreciation>();
        services.AddScoped<StocktakeUseCases>();
        services.AddScoped<IDocumentDecisions, AssetDecisions>();
        services.AddScoped<IDocumentDecisions, AssetPurchaseDecisions>();

        // Reports.
        services.AddScoped<AssetReports>();
        services.AddScoped<BuildReport>();
        services.AddScoped<ConsolidateReport>();
        services.AddScoped<ExportReports>();
    }

    /// <summary>Spending asks the stored rule sets and users (like `authority decide`), with unit kinds from the stored units.</summary>
    private static SpendingAuthority SpendingAuthority(IAuthorityStore store, ILedgerQueries units, PurchaseAuthority purchases) =>
        new(store, async (code, ct) => (await units.ListUnitsAsync(ct)).FirstOrDefault(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))?.Kind, purchases);

    /// <summary>Who may do what (db/authority/permissions.csv).</summary>
    private static PermissionMatrix PermissionMatrix(ProductSettings settings)
    {
        using var rows = File.OpenText(Path.Combine(settings.AuthorityFolder, "permissions.csv"));
        return Loaded("permissions.csv", PermissionMatrixCsv.Parse(rows));
    }

    private static T Loaded<T>(string file, Domain.Common.Result<T> loaded) =>
        loaded.IsSuccess ? loaded.Value : throw new ReferenceDataUnavailable(file, loaded.Errors);
}
