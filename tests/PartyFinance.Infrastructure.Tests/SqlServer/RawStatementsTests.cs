using System.Text.RegularExpressions;
using PartyFinance.Infrastructure.Assets;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;
using PartyFinance.Infrastructure.Persistence.SqlServer;
using PartyFinance.Infrastructure.Reporting;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.SqlServer;

/// <summary>
/// Every raw SQL statement the SQL Server provider can send (plain ADO.NET readers, EF's raw queries, the
/// provider's own statements), made by the function or constant the code itself uses, in each of its shapes,
/// and parsed by Microsoft's T-SQL parser. A scan of the sources finds every member holding SQL text: each is
/// in this catalogue, a fragment of a catalogued statement, or SQL that a listed reason keeps from SQL Server.
/// </summary>
public sealed class RawStatementsTests
{
    /// <summary>(file under src/PartyFinance.Infrastructure : member, shape) → the statement as sent to SQL Server.</summary>
    public static TheoryData<string, string, string> Catalogue => new()
    {
        { "Ledger/LedgerQueries.cs:MovementsSql", "all units", LedgerQueries.MovementsSql(ofUnit: false) },
        { "Ledger/LedgerQueries.cs:MovementsSql", "one unit", LedgerQueries.MovementsSql(ofUnit: true) },
        { "Ledger/LedgerQueries.cs:AccountNamesSql", string.Empty, LedgerQueries.AccountNamesSql },
        { "Ledger/LedgerQueries.cs:UnitExistsSql", string.Empty, LedgerQueries.UnitExistsSql },
        { "Ledger/LedgerReportQueries.cs:MovementsSql", "whole months, all units", LedgerReportQueries.MovementsSql(wholeMonths: true, ofUnit: false) },
        { "Ledger/LedgerReportQueries.cs:MovementsSql", "whole months, one unit", LedgerReportQueries.MovementsSql(wholeMonths: true, ofUnit: true) },
        { "Ledger/LedgerReportQueries.cs:MovementsSql", "days, all units", LedgerReportQueries.MovementsSql(wholeMonths: false, ofUnit: false) },
        { "Ledger/LedgerReportQueries.cs:MovementsSql", "days, one unit", LedgerReportQueries.MovementsSql(wholeMonths: false, ofUnit: true) },
        { "Ledger/LedgerReportQueries.cs:ChartSql", string.Empty, LedgerReportQueries.ChartSql },
        { "Ledger/VoucherCsvExport.cs:HeadersSql", "all units", VoucherCsvExport.HeadersSql(ofUnit: false) },
        { "Ledger/VoucherCsvExport.cs:HeadersSql", "one unit", VoucherCsvExport.HeadersSql(ofUnit: true) },
        { "Ledger/VoucherCsvExport.cs:LinesSql", "all units", VoucherCsvExport.LinesSql(ofUnit: false) },
        { "Ledger/VoucherCsvExport.cs:LinesSql", "one unit", VoucherCsvExport.LinesSql(ofUnit: true) },
        { "Ledger/YearCloseStore.cs:MovedAccountsSql", "all units", YearCloseStore.MovedAccountsSql(ofUnit: false) },
        { "Ledger/YearCloseStore.cs:MovedAccountsSql", "one unit", YearCloseStore.MovedAccountsSql(ofUnit: true) },
        { "Ledger/YearCloseStore.cs:DimensionBalancesSql", "all units, one account", YearCloseStore.DimensionBalancesSql(ofUnit: false, accounts: 1) },
        { "Ledger/YearCloseStore.cs:DimensionBalancesSql", "one unit, three accounts", YearCloseStore.DimensionBalancesSql(ofUnit: true, accounts: 3) },
        { "Ledger/YearCloseStore.cs:ClosingBalancesSql", "all units", YearCloseStore.ClosingBalancesSql(ofUnit: false) },
        { "Ledger/YearCloseStore.cs:ClosingBalancesSql", "one unit", YearCloseStore.ClosingBalancesSql(ofUnit: true) },
        { "Ledger/YearCloseStore.cs:OffBalanceSql", string.Empty, YearCloseStore.OffBalanceSql },
        { "Ledger/YearCloseStore.cs:VouchersByKeySql", "all units, one prefix", YearCloseStore.VouchersByKeySql(DatabaseProvider.SqlServer, ofUnit: false, [12]) },
        { "Ledger/YearCloseStore.cs:VouchersByKeySql", "one unit, three prefixes", YearCloseStore.VouchersByKeySql(DatabaseProvider.SqlServer, ofUnit: true, [3, 12, 40]) },
        { "Ledger/LedgerJournalExport.cs:OpeningsSql", "all units", LedgerJournalExport.OpeningsSql(ofUnit: false) },
        { "Ledger/LedgerJournalExport.cs:OpeningsSql", "one unit", LedgerJournalExport.OpeningsSql(ofUnit: true) },
        { "Ledger/LedgerJournalExport.cs:HeadersSql", "all units", LedgerJournalExport.HeadersSql(ofUnit: false) },
        { "Ledger/LedgerJournalExport.cs:HeadersSql", "one unit", LedgerJournalExport.HeadersSql(ofUnit: true) },
        { "Ledger/LedgerJournalExport.cs:LinesSql", "all units", LedgerJournalExport.LinesSql(ofUnit: false) },
        { "Ledger/LedgerJournalExport.cs:LinesSql", "one unit", LedgerJournalExport.LinesSql(ofUnit: true) },
        { "Ledger/LedgerSession.Commit.cs:BalanceUpsertSql", string.Empty, LedgerSession.BalanceUpsertSql(sqlServer: true) },
        { "Ledger/LedgerSession.Commit.cs:EstimateUpsertSql", string.Empty, LedgerSession.EstimateUpsertSql(sqlServer: true) },
        { "Ledger/LedgerSession.Commit.cs:SequenceUpsertSql", string.Empty, LedgerSession.SequenceUpsertSql(sqlServer: true) },
        { "Persistence/Audit/StoredVoucherDigests.cs:HeadersSql", "everything", StoredVoucherDigests.HeadersSql(ofUnit: false, ofYear: false) },
        { "Persistence/Audit/StoredVoucherDigests.cs:HeadersSql", "one unit and year", StoredVoucherDigests.HeadersSql(ofUnit: true, ofYear: true) },
        { "Persistence/Audit/StoredVoucherDigests.cs:HeadersSql", "one year", StoredVoucherDigests.HeadersSql(ofUnit: false, ofYear: true) },
        { "Persistence/Audit/StoredVoucherDigests.cs:LinesSql", "everything", StoredVoucherDigests.LinesSql(ofUnit: false, ofYear: false) },
        { "Persistence/Audit/StoredVoucherDigests.cs:LinesSql", "one unit", StoredVoucherDigests.LinesSql(ofUnit: true, ofYear: false) },
        { "Persistence/Audit/StoredVoucherDigests.cs:LinesSql", "one unit and year", StoredVoucherDigests.LinesSql(ofUnit: true, ofYear: true) },
        { "Reporting/ReportSource.cs:BookOpeningSql", "all units", ReportSource.BookOpeningSql(ofUnit: false) },
        { "Reporting/ReportSource.cs:BookOpeningSql", "one unit", ReportSource.BookOpeningSql(ofUnit: true) },
        { "Reporting/ReportSource.cs:SortedBookSql", "all units", ReportSource.SortedBookSql(ofUnit: false) },
        { "Reporting/ReportSource.cs:SortedBookSql", "one unit", ReportSource.SortedBookSql(ofUnit: true) },
        { "Reporting/ReportSource.cs:CashFlowLinesSql", "all units", ReportSource.CashFlowLinesSql(ofUnit: false) },
        { "Reporting/ReportSource.cs:CashFlowLinesSql", "one unit", ReportSource.CashFlowLinesSql(ofUnit: true) },
        { "Reporting/ReportSource.cs:ExcludedMovementsSql", "all units, one range", ReportSource.ExcludedMovementsSql(ofUnit: false, ranges: 1) },
        { "Reporting/ReportSource.cs:ExcludedMovementsSql", "one unit, two ranges", ReportSource.ExcludedMovementsSql(ofUnit: true, ranges: 2) },
        { "Assets/AssetReader.cs:EventsSql", "every card", AssetReader.EventsSql(units: null, wearOnly: false) },
        { "Assets/AssetReader.cs:EventsSql", "two units, wear only", AssetReader.EventsSql(units: 2, wearOnly: true) },
        { "Assets/AssetReader.cs:EventsSql", "one unit", AssetReader.EventsSql(units: 1, wearOnly: false) },
        { "Assets/AssetReader.cs:WearSql", "every card", AssetReader.WearSql(units: null) },
        { "Assets/AssetReader.cs:WearSql", "two units", AssetReader.WearSql(units: 2) },
        { "Assets/AssetReader.cs:DepreciationSql", "every card", AssetReader.DepreciationSql(units: null) },
        { "Assets/AssetReader.cs:DepreciationSql", "two units", AssetReader.DepreciationSql(units: 2) },
        { "Assets/AssetReader.cs:EventsSql", "every card, in code order", AssetReader.EventsSql(units: null, wearOnly: false, ordered: true) },
        { "Assets/AssetReader.cs:EventsSql", "two units, in code order", AssetReader.EventsSql(units: 2, wearOnly: false, ordered: true) },
        { "Assets/AssetReader.cs:WearSql", "every card, in code order", AssetReader.WearSql(units: null, ordered: true) },
        { "Assets/AssetReader.cs:WearSql", "two units, in code order", AssetReader.WearSql(units: 2, ordered: true) },
        { "Assets/AssetReader.cs:DepreciationSql", "every card, in code order", AssetReader.DepreciationSql(units: null, ordered: true) },
        { "Assets/AssetReader.cs:DepreciationSql", "two units, in code order", AssetReader.DepreciationSql(units: 2, ordered: true) },
        { "Assets/AssetReader.cs:CardsSql", "every card", AssetReader.CardsSql(units: null, wearOnly: false) },
        { "Assets/AssetReader.cs:CardsSql", "two units, wear only", AssetReader.CardsSql(units: 2, wearOnly: true) },
        { "Assets/AssetReader.cs:CardsSql", "one unit", AssetReader.CardsSql(units: 1, wearOnly: false) },
        { "Budgeting/BudgetStore.cs:NextCounterSql", string.Empty, BudgetStore.NextCounterSql(sqlServer: true) },
        { "Authority/ApprovalNumbers.cs:NextCounterSql", string.Empty, ApprovalNumbers.NextCounterSql(sqlServer: true) },
        { "Persistence/SqlServer/SqlServerOptions.cs:PostingLockSql", string.Empty, SqlServerOptions.PostingLockSql },
        { "Persistence/SqlServer/SqlServerOptions.cs:AuditLockSql", string.Empty, SqlServerOptions.AuditLockSql },
        { "Persistence/SqlServer/SqlServerOptions.cs:BudgetLineLockSql", string.Empty, SqlServerOptions.BudgetLineLockSql },
        { "Persistence/SqlServer/SqlServerOptions.cs:NextCounterSql", "counters", SqlServerOptions.NextCounterSql("counters") },
        { "Persistence/SqlServer/SqlServerOptions.cs:NextCounterSql", "budget_counters", SqlServerOptions.NextCounterSql("budget_counters") },
        { "Persistence/SqlServer/SqlServerOptions.cs:BalanceUpsert", string.Empty, SqlServerOptions.BalanceUpsert },
        { "Persistence/SqlServer/SqlServerOptions.cs:EstimateUpsert", string.Empty, SqlServerOptions.EstimateUpsert },
        { "Persistence/SqlServer/SqlServerOptions.cs:SequenceUpsert", string.Empty, SqlServerOptions.SequenceUpsert },
        { "Persistence/SqlServer/SqlServerAudit.cs:TriggersSql", string.Empty, SqlServerAudit.TriggersSql },
        { "Persistence/SqlServer/SqlServerAudit.cs:TruncateGuardsSql", string.Empty, SqlServerAudit.TruncateGuardsSql },
        { "Persistence/SqlServer/SqlServerSchema.cs:TruncateGuardsSql", "M0016", SqlServerSchema.TruncateGuardsSql(SqlServerSchema.TruncateGuarded) },
        { "Persistence/SqlServer/SqlServerSchema.cs:RefusingTrigger", string.Empty, SqlServerSchema.RefusingTrigger("trg_vouchers_immutable", "vouchers", SqlServerSchema.PostedMessage) },
        { "Persistence/SqlServer/SqlServerSchema.cs:InOwnBatch", string.Empty, SqlServerSchema.InOwnBatch(SqlServerSchema.RefusingTrigger("trg_vouchers_immutable", "vouchers", SqlServerSchema.PostedMessage)) },
    };

    /// <summary>Members holding SQL text that only ever becomes part of a catalogued statement (file : member → the catalogued member it is part of).</summary>
    private static readonly Dictionary<string, string> Fragments = new(StringComparer.Ordinal)
    {
        ["Ledger/LedgerJournalExport.cs:Where"] = "Ledger/LedgerJournalExport.cs:HeadersSql",
        ["Persistence/Audit/StoredVoucherDigests.cs:Where"] = "Persistence/Audit/StoredVoucherDigests.cs:HeadersSql",
        ["Assets/AssetReader.cs:Of"] = "Assets/AssetReader.cs:EventsSql",
        ["Assets/AssetReader.cs:Ordered"] = "Assets/AssetReader.cs:EventsSql",
        ["Assets/AssetReader.cs:WearColumns"] = "Assets/AssetReader.cs:EventsSql",
    };

    /// <summary>
    /// SQL that never reaches SQL Server, and why; each reason is checked in <see cref="WhatNeverReachesSqlServer_IsKeptFromIt"/>.
    /// A path ending in '/' is a folder.
    /// </summary>
    private static readonly Dictionary<string, string> NotForSqlServer = new(StringComparer.Ordinal)
    {
        ["Persistence/Sqlite/"] = "SQLite's own folder",
        ["Persistence/Postgres/"] = "PostgreSQL's own folder",
        ["Persistence/Migrations/"] = "what a migration sends to SQL Server is in the migrations' script, parsed batch by batch; its other branches are listed in RawSqlSitesTests",
        ["Reporting/SqliteBookReader.cs"] = "ReportSource reads books through it on SQLite only",
        ["Persistence/BulkInserter.cs"] = "RowWriters gives SQL Server connections SqlServerRowWriter (SqlBulkCopy)",
        ["Ledger/LedgerSession.Commit.cs:BalanceInsertOrAdd"] = "the ON CONFLICT branch of BalanceUpsertSql",
        ["Ledger/LedgerSession.Commit.cs:EstimateInsertOrAdd"] = "the ON CONFLICT branch of EstimateUpsertSql",
        ["Ledger/LedgerSession.Commit.cs:SequenceInsertOrSet"] = "the ON CONFLICT branch of SequenceUpsertSql",
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void EveryRawStatement_ParsesAsOneTSqlStatement(string site, string shape, string sql)
    {
        // EF's raw queries take {0}, {1} … and send them as @p0, @p1 …
        var text = Regex.Replace(sql, @"\{(\d+)\}", "@p$1");
        var statement = Assert.Single(TSql.Parse(text));
        Assert.False(string.IsNullOrEmpty(site + shape));
        Assert.NotNull(statement);
    }

    private static readonly Lazy<TSql.Schema> Schema = new(() => TSql.Read(SqlServerScript.FromMigrations()));

    /// <summary>Every table and column a statement names is in the schema the migrations make on SQL Server.</summary>
    [Theory]
    [MemberData(nameof(Catalogue))]
    public void EveryRawStatement_NamesOnlyTablesAndColumnsOfTheSchema(string site, string shape, string sql)
    {
        var statement = Assert.Single(TSql.Parse(Regex.Replace(sql, @"\{(\d+)\}", "@p$1")));
        var unknown = TSql.UnknownNames(statement, Schema.Value);
        Assert.True(unknown.Count == 0, $"{site} ({shape}) names what the schema lacks: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void TheNameCheck_FindsWhatTheSchemaLacks()
    {
        static IReadOnlyList<string> Unknown(string sql) => TSql.UnknownNames(Assert.Single(TSql.Parse(sql)), Schema.Value);
        Assert.Equal(["column vouchers.amounts"], Unknown("SELECT v.amounts FROM vouchers v"));
        Assert.Equal(["table voucher", "column id"], Unknown("SELECT id FROM voucher"));
        Assert.Equal(["column credits"], Unknown("SELECT debit, credits FROM opening_balances"));
        Assert.Equal(["alias w"], Unknown("SELECT w.id FROM vouchers v"));
        Assert.Equal([], Unknown("SELECT x.d FROM (SELECT debit AS d FROM opening_balances) x"));
        Assert.Equal(["column accounts.valid"], Unknown("UPDATE accounts SET name = name OUTPUT inserted.valid WHERE code = @p0"));
    }

    [Fact]
    public void TheCatalogue_NamesMembersThatExist()
    {
        foreach (var site in Catalogue.Select(r => (string)r[0]).Concat(Fragments.Keys).Concat(Fragments.Values).Distinct(StringComparer.Ordinal))
        {
            var (file, member) = Split(site);
            Assert.Matches(new Regex(@"\b" + member + @"\b"), File.ReadAllText(Path.Combine(Infrastructure, file)));
        }

        Assert.All(Fragments.Values, v => Assert.Contains(v, Catalogue.Select(r => (string)r[0])));
    }

    [Fact]
    public void EveryMemberHoldingSql_InTheSources_IsCatalogued()
    {
        var found = SqlMembers();
        Assert.Contains("Ledger/LedgerQueries.cs:MovementsSql", found);
        Assert.Contains("Persistence/Sqlite/SqliteOptions.cs:PostingLockSql", found);
        Assert.Contains("Reporting/ReportSource.cs:BookOpeningSql", found);
        var known = Catalogue.Select(r => (string)r[0]).Concat(Fragments.Keys).ToHashSet(StringComparer.Ordinal);
        var unlisted = found.Where(f => !known.Contains(f) && !NotForSqlServer.Keys.Any(k => f == k || (k.EndsWith('/') || !k.Contains(':', StringComparison.Ordinal) ? f.StartsWith(k, StringComparison.Ordinal) : false)))
            .ToList();
        Assert.True(unlisted.Count == 0,
            "SQL text in members not in RawStatementsTests.Catalogue (give each statement a function or constant, add its SQL Server shapes to the catalogue): " + string.Join(", ", unlisted));
    }

    [Fact]
    public void TheScan_FindsSqlInEveryShapeOfLiteral()
    {
        var members = SqlMembers(
            "    public static string ASql(bool x) =>\n        \"SELECT a FROM t\" + (x ? \" AND b = 1\" : string.Empty);\n" +
            "    private const string B = $\"\"\"\n        UPDATE t SET a = 1\n        \"\"\";\n" +
            "    public void C()\n    {\n        var s = $\"DELETE FROM {t}\";\n    }\n" +
            "    /// <summary>\"SELECT in a comment\"</summary>\n    public string D => \"Chứng từ\";\n",
            "X.cs");
        Assert.Equal(["X.cs:ASql", "X.cs:B", "X.cs:C"], members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WhatNeverReachesSqlServer_IsKeptFromIt()
    {
        var reportSource = File.ReadAllText(Path.Combine(Infrastructure, "Reporting/ReportSource.cs"));
        Assert.Contains("target.Provider == DatabaseProvider.Sqlite ? _books.ReadAsync(", reportSource, StringComparison.Ordinal);
        var rowWriters = File.ReadAllText(Path.Combine(Infrastructure, "Persistence/RowWriters.cs"));
        var bulkCopy = rowWriters.IndexOf("Microsoft.Data.SqlClient.SqlConnection sql => new SqlServer.SqlServerRowWriter(", StringComparison.Ordinal);
        Assert.InRange(bulkCopy, 0, rowWriters.IndexOf("_ => new BulkInserter(", StringComparison.Ordinal));
        Assert.NotEqual(LedgerSession.BalanceUpsertSql(sqlServer: false), LedgerSession.BalanceUpsertSql(sqlServer: true));
        Assert.Contains("ON CONFLICT", LedgerSession.EstimateUpsertSql(sqlServer: false), StringComparison.Ordinal);
        Assert.Contains("ON CONFLICT", LedgerSession.SequenceUpsertSql(sqlServer: false), StringComparison.Ordinal);
        Assert.All(NotForSqlServer.Keys.Where(k => !k.Contains(':', StringComparison.Ordinal)), k => Assert.True(Path.Exists(Path.Combine(Infrastructure, k)), k));
    }

    private static string Infrastructure => Path.Combine(RepoPaths.Root, "src", "PartyFinance.Infrastructure");

    private static (string File, string Member) Split(string site) => (site[..site.IndexOf(':', StringComparison.Ordinal)], site[(site.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    private const string Keyword = @"(?:SELECT|INSERT|UPDATE|DELETE|MERGE|WITH|ALTER|CREATE|DROP|EXEC|TRUNCATE|PRAGMA|BEGIN|DECLARE|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|UNION|JOIN|LEFT JOIN|VALUES|SET|ON|IN|HAVING)[\s(]";

    /// <summary>A string literal (plain, verbatim or interpolated) whose text starts with a SQL keyword.</summary>
    private static readonly Regex SqlLiteral = new(@"(?:\$|@|\$@|@\$)?""(?!"")\s*" + Keyword, RegexOptions.Compiled);

    /// <summary>A member declaration of a class (file-scoped namespace: four spaces; a nested class: eight).</summary>
    private static readonly Regex Declaration = new(@"^(?: {4}| {8})(?:public|internal|private|protected)\b", RegexOptions.Compiled);

    /// <summary>Every file : member of src holding SQL text (the source files of every project; obj and bin left out).</summary>
    private static SortedSet<string> SqlMembers()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var src = Path.Combine(RepoPaths.Root, "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var sep = Path.DirectorySeparatorChar;
            if (path.Contains($"{sep}obj{sep}", StringComparison.Ordinal) || path.Contains($"{sep}bin{sep}", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = path.StartsWith(Infrastructure + sep, StringComparison.Ordinal)
                ? Path.GetRelativePath(Infrastructure, path).Replace('\\', '/')
                : "../" + Path.GetRelativePath(src, path).Replace('\\', '/');
            found.UnionWith(SqlMembers(File.ReadAllText(path), relative));
        }

        return found;
    }

    private static SortedSet<string> SqlMembers(string source, string file)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var member = "(file)";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Declaration.IsMatch(line))
            {
                member = MemberName(line);
            }

            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var rawSql = line.Contains("\"\"\"", StringComparison.Ordinal) && i + 1 < lines.Length && Regex.IsMatch(lines[i + 1], @"^\s*" + Keyword);
            if (rawSql || SqlLiteral.IsMatch(line))
            {
                found.Add(file + ":" + member);
            }
        }

        return found;
    }

    /// <summary>The name a declaration line declares: the first identifier followed by a parameter list, else the last one before '=', '=>' or '{'.</summary>
    private static string MemberName(string line)
    {
        var head = line;
        var assign = Regex.Match(head, @"\s(=>|=|\{)");
        if (assign.Success)
        {
            head = head[..assign.Index];
        }

        var method = Regex.Match(head, @"(\w+)\s*(?:<[^<>()]*>)?\s*\(");
        return method.Success ? method.Groups[1].Value : Regex.Matches(head, @"\w+")[^1].Value;
    }
}
