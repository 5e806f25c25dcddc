using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// EF's SQL Server DDL generator with two of our decisions. The migrations are written by hand with an
/// empty target model, so the generator is given the current model: a text column that is part of a key or an
/// index then gets nvarchar(450), as the model maps it (nvarchar(max) cannot be indexed), and a unique
/// index over nullable columns gets the model's IS NOT NULL filter. Every text column gets the binary collation
/// <see cref="SqlServerOptions.Collation"/>. The model itself stays provider-neutral.
/// </summary>
public sealed class SqlServerSchemaGenerator(MigrationsSqlGeneratorDependencies dependencies, ICommandBatchPreparer commandBatchPreparer)
    : SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
{
    public override IReadOnlyList<MigrationCommand> Generate(IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        base.Generate(operations, model is null || !model.GetEntityTypes().Any() ? Dependencies.CurrentContext.Context.GetService<IDesignTimeModel>().Model : model, options);

    /// <summary>
    /// A unique index over nullable columns takes the model's filter (<c>WHERE [reverses_id] IS NOT NULL</c>): SQL Server
    /// otherwise lets only one row hold NULL, where SQLite and PostgreSQL let any number. EF puts the filter in the model
    /// and a generated migration copies it; a hand-written one is given it here.
    /// </summary>
    protected override void Generate(CreateIndexOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (operation.IsUnique && operation.Filter is null)
        {
            operation.Filter = model?.GetRelationalModel().FindTable(operation.Table, operation.Schema)?.Indexes
                .FirstOrDefault(i => i.Name == operation.Name)?.Filter;
        }

        base.Generate(operation, model, builder, terminate);
    }

    protected override void ColumnDefinition(string? schema, string table, string name, ColumnOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (operation.ClrType == typeof(string) && operation.Collation is null)
        {
            operation.Collation = SqlServerOptions.Collation;
        }

        base.ColumnDefinition(schema, table, name, operation, model, builder);
    }
}
