using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PartyFinance.Infrastructure.Tests.SqlServer;

/// <summary>
/// Microsoft's T-SQL parser (SQL Server 2022 grammar, quoted identifiers on as SqlClient sets them), and a
/// schema read from DDL statements: tables, columns (type, collation, nullability), keys, indexes and foreign
/// keys, applied in order as the server would.
/// </summary>
internal static class TSql
{
    /// <summary>Whether <paramref name="sql"/> is one T-SQL statement without a parse error.</summary>
    public static bool IsOneStatement(string sql)
    {
        var fragment = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors.Count == 0 && fragment.Batches.Sum(b => b.Statements.Count) == 1;
    }

    /// <summary>The statements of one batch, or the parse errors with their line and the batch that failed.</summary>
    public static IReadOnlyList<TSqlStatement> Parse(string batch)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = (TSqlScript)parser.Parse(new StringReader(batch), out var errors);
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("T-SQL does not parse: " + string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + batch);
        }

        return [.. fragment.Batches.SelectMany(b => b.Statements)];
    }

    public static string Text(TSqlFragment fragment)
    {
        new Sql160ScriptGenerator(new SqlScriptGeneratorOptions { KeywordCasing = KeywordCasing.Lowercase }).GenerateScript(fragment, out var text);
        return text;
    }

    private static string Name(SchemaObjectName name) => name.BaseIdentifier.Value;

    /// <summary>A schema as a set of facts, the way SchemaReader reads a live database for the other providers.</summary>
    public sealed class Schema
    {
        private readonly Dictionary<string, Dictionary<string, string>> _columns = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _facts = new(StringComparer.Ordinal);

        /// <summary>Tables and the triggers on each (name → table).</summary>
        public Dictionary<string, string> Triggers { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Facts
        {
            get
            {
                var all = new SortedSet<string>(_facts.Where(f => !f.StartsWith("__EFMigrationsHistory ", StringComparison.Ordinal)), StringComparer.Ordinal);
                foreach (var (table, columns) in _columns.Where(t => t.Key != "__EFMigrationsHistory"))
                {
                    foreach (var (column, definition) in columns)
                    {
                        all.Add($"{table}.{column} {definition}");
                    }
                }

                return all;
            }
        }

        public IReadOnlyDictionary<string, string> Columns(string table) => _columns[table];

        public bool HasTable(string table) => _columns.ContainsKey(table);

        public void Apply(TSqlStatement statement)
        {
            switch (statement)
            {
                case CreateTableStatement t:
                    var columns = _columns[Name(t.SchemaObjectName)] = new Dictionary<string, string>(StringComparer.Ordinal);
                    AddElements(Name(t.SchemaObjectName), columns, t.Definition);
                    break;
                case AlterTableAddTableElementStatement a:
                    AddElements(Name(a.SchemaObjectName), _columns[Name(a.SchemaObjectName)], a.Definition);
                    break;
                case AlterTableDropTableElementStatement d:
                    foreach (var e in d.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                    {
                        Assert.True(_columns[Name(d.SchemaObjectName)].Remove(e.Name.Value), $"{Name(d.SchemaObjectName)}.{e.Name.Value} dropped but never added");
                    }

                    break;
                case CreateIndexStatement i:
                    var filter = i.FilterPredicate is null ? string.Empty : " where " + Text(i.FilterPredicate);
                    _facts.Add($"{Name(i.OnName)} index {i.Name.Value} unique={i.Unique} ({string.Join(",", i.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value))}){filter}");
                    break;
                case CreateTriggerStatement trigger:
                    Triggers[trigger.Name.BaseIdentifier.Value] = Name(trigger.TriggerObject.Name);
                    break;
                default:
                    break;
            }
        }

        private void AddElements(string table, Dictionary<string, string> columns, TableDefinition definition)
        {
            foreach (var c in definition.ColumnDefinitions)
            {
                var nullable = c.Constraints.OfType<NullableConstraintDefinition>().SingleOrDefault()?.Nullable ?? true;
                var collation = c.Collation is null ? string.Empty : " collate " + c.Collation.Value;
                columns[c.ColumnIdentifier.Value] = Text(c.DataType) + collation + (nullable ? " null" : " not null");
            }

            foreach (var constraint in definition.TableConstraints)
            {
                switch (constraint)
                {
                    case UniqueConstraintDefinition u:
                        _facts.Add($"{table} {(u.IsPrimaryKey ? "primary key" : "unique")} {constraint.ConstraintIdentifier?.Value} ({string.Join(",", u.Columns.Select(c => c.Column.MultiPartIdentifier.Identifiers[^1].Value))})");
                        break;
                    case ForeignKeyConstraintDefinition f:
                        _facts.Add($"{table} fk {f.ConstraintIdentifier?.Value} ({string.Join(",", f.Columns.Select(c => c.Value))}) -> {Name(f.ReferenceTableName)} " +
                                   $"({string.Join(",", f.ReferencedTableColumns.Select(c => c.Value))}) on delete {f.DeleteAction}");
                        break;
                    default:
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The tables and columns <paramref name="statement"/> names that <paramref name="schema"/> does not hold: every table
    /// (the system catalog's sys.* and a trigger's inserted/deleted aside), every column qualified by a table's alias (inserted/deleted: the statement's
    /// target), and every unqualified column that is neither a column of one of the statement's tables nor a name the
    /// statement defines itself (AS aliases, a derived table's column list).
    /// </summary>
    public static IReadOnlyList<string> UnknownNames(TSqlStatement statement, Schema schema)
    {
        var names = new NameCollector();
        statement.Accept(names);
        var unknown = new List<string>();
        var aliases = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (table, system, alias) in names.Tables)
        {
            if (!system && !schema.HasTable(table))
            {
                unknown.Add("table " + table);
            }

            aliases[alias ?? table] = system ? null : table;
        }

        var target = names.Tables.Where(t => !t.System).Select(t => t.Table).FirstOrDefault();
        aliases.TryAdd("inserted", target);
        aliases.TryAdd("deleted", target);
        foreach (var alias in names.DerivedAliases)
        {
            aliases[alias] = null;
        }

        var tables = names.Tables.Where(t => !t.System && schema.HasTable(t.Table)).Select(t => t.Table).ToList();
        foreach (var parts in names.Columns)
        {
            if (parts.Count == 2)
            {
                if (!aliases.TryGetValue(parts[0], out var table))
                {
                    unknown.Add("alias " + parts[0]);
                }
                else if (table is not null && schema.HasTable(table) && !schema.Columns(table).ContainsKey(parts[1]))
                {
                    unknown.Add($"column {table}.{parts[1]}");
                }
            }
            else if (parts.Count == 1 && !names.Defined.Contains(parts[0]) && !tables.Any(t => schema.Columns(t).ContainsKey(parts[0]))
                     && !names.Tables.Any(t => t.System))
            {
                unknown.Add("column " + parts[0]);
            }
        }

        return unknown;
    }

    private sealed class NameCollector : TSqlFragmentVisitor
    {
        public List<(string Table, bool System, string? Alias)> Tables { get; } = [];

        public List<string> DerivedAliases { get; } = [];

        public HashSet<string> Defined { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<IReadOnlyList<string>> Columns { get; } = [];

        public override void Visit(NamedTableReference node)
        {
            var schemaName = node.SchemaObject.SchemaIdentifier?.Value;
            var name = node.SchemaObject.BaseIdentifier.Value;
            var pseudo = name is "inserted" or "deleted" && schemaName is null;
            Tables.Add((name, pseudo || string.Equals(schemaName, "sys", StringComparison.OrdinalIgnoreCase), node.Alias?.Value));
        }

        /// <summary>MERGE … AS t: the alias is the merge's, not the target table reference's.</summary>
        public override void ExplicitVisit(MergeSpecification node)
        {
            base.ExplicitVisit(node);
            if (node.Target is NamedTableReference target && node.TableAlias is { } alias)
            {
                Tables.Add((target.SchemaObject.BaseIdentifier.Value, false, alias.Value));
            }
        }

        public override void Visit(QueryDerivedTable node)
        {
            DerivedAliases.Add(node.Alias.Value);
            Defined.UnionWith(node.Columns.Select(c => c.Value));
        }

        public override void Visit(InlineDerivedTable node)
        {
            DerivedAliases.Add(node.Alias.Value);
            Defined.UnionWith(node.Columns.Select(c => c.Value));
        }

        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName?.Value is { } name)
            {
                Defined.Add(name);
            }
        }

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier is { } id)
            {
                Columns.Add([.. id.Identifiers.Select(i => i.Value)]);
            }
        }
    }

    /// <summary>Every statement of every batch of <paramref name="script"/> applied to a new schema.</summary>
    public static Schema Read(string script)
    {
        var schema = new Schema();
        foreach (var batch in Infrastructure.Persistence.SqlServer.SqlServerScript.Batches(script))
        {
            foreach (var statement in Parse(batch))
            {
                Apply(schema, statement);
            }
        }

        return schema;
    }

    private static void Apply(Schema schema, TSqlStatement statement)
    {
        // EF wraps migration steps in IF blocks and transactions in the idempotent form; the plain form has none, but follow them anyway.
        switch (statement)
        {
            case IfStatement i:
                Apply(schema, i.ThenStatement);
                break;
            case ExecuteStatement { ExecuteSpecification.ExecutableEntity: ExecutableStringList list }:
                // EXEC(N'CREATE TRIGGER …'): the statement in the string is parsed and applied too.
                foreach (var inner in Parse(string.Concat(list.Strings.OfType<StringLiteral>().Select(l => l.Value))))
                {
                    Apply(schema, inner);
                }

                break;
            case BeginEndBlockStatement b:
                foreach (var s in b.StatementList.Statements)
                {
                    Apply(schema, s);
                }

                break;
            default:
                schema.Apply(statement);
                break;
        }
    }
}
