using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Assets;

/// <summary>`tool list [--unit U]` and `tool show &lt;code&gt;`: the register as it stands, from each tool's history.</summary>
public sealed class ToolQueries(IToolStore store)
{
    public Task<IReadOnlyList<Tool>> ListAsync(string? unit, CancellationToken ct) => store.ListAsync(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), ct);

    public Task<Tool?> FindAsync(string code, CancellationToken ct) => store.FindAsync(code.Trim(), ct);
}
