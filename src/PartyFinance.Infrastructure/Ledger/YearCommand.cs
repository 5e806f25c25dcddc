using System.Data.Common;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>A statement over one year's books (of one unit when <c>@unit</c> is given), for the exports that stream a whole year: no time limit.</summary>
internal static class YearCommand
{
    public static DbCommand Of(DbConnection connection, string sql, string? unit, int year)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        var y = cmd.CreateParameter();
        y.ParameterName = "@year";
        y.Value = year;
        cmd.Parameters.Add(y);
        if (unit is not null)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@unit";
            p.Value = unit;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }
}
