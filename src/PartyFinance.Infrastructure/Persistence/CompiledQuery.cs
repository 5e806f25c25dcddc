using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// An EF Core compiled query, compiled once for each model it runs with: a compiled query may only run with the model it was
/// compiled against, and one process can hold the models of several providers (the tests open SQLite, PostgreSQL and SQL
/// Server books side by side). A model that is no longer used takes its compiled copy with it.
/// </summary>
internal sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
