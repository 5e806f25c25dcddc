using PartyFinance.Benchmarks;

return args switch
{
    ["generate", var file, var count] => ImportBenchmark.Generate(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["import", var file, var db] => await ImportBenchmark.ImportAsync(file, db),
    ["stages", var file, var db] => await Stages.RunAsync(file, db),
    ["budget-check", var db] => await BudgetCheckBenchmark.RunAsync(db),
    ["workbook", var rows] => WorkbookBenchmark.RunAll(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    ["workbook-one", var writer, var rows] => WorkbookBenchmark.RunOne(writer, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    ["trial-balance", var db, var year] => await ImportBenchmark.TrialBalanceAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
    ["asset-generate", var file, var count] => AssetWearBenchmark.Generate(file, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["asset-import", var file, var db] => await AssetWearBenchmark.ImportAsync(file, db),
    ["export", var db, var year] => await ExportBenchmark.RunAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), null),
    ["export", var db, var year, var reports] => await ExportBenchmark.RunAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), reports),
    ["asset-wear", var db, var year] => await AssetWearBenchmark.WearAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
    ["close-year", var db, var year] => await CloseYearBenchmark.RunAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
    ["web-approve"] => await WebApproveBenchmark.RunAsync(0),
    ["web-approve", "--think-ms", var think] => await WebApproveBenchmark.RunAsync(int.Parse(think, System.Globalization.CultureInfo.InvariantCulture)),
    ["run", .. var flags] when flags.All(f => f is "--quick" or "--record") => await BenchRun.RunAsync(flags.Contains("--quick"), flags.Contains("--record")),
    ["budget-check-on", var db, var year] => await BenchRun.BudgetCheckOnAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
    ["approval-prepare", var db, var year, var count] => await BenchRun.ApprovalPrepareAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["approval-on", var db, var year] => await BenchRun.ApprovalOnAsync(db, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: run [--quick] [--record] | budget-check-on <db> <year> | approval-prepare <db> <year> <count> | approval-on <db> <year> | generate <vouchers.csv> <count> | import <vouchers.csv> <new.db> | trial-balance <db> <year> | asset-generate <assets.csv> <count> | asset-import <assets.csv> <new.db> | asset-wear <db> <year> | close-year <db> <year> | web-approve [--think-ms N] | workbook <rows> | export <db> <year> [reports]");
    return 2;
}
