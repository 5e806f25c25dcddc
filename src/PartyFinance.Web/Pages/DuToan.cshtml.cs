using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages;

/// <summary>/du-toan: budget status per line (`budget status`) of one unit the user sees, for a year.</summary>
public sealed class DuToanModel(UnitDirectory units, BudgetStatus status, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<BudgetStatusLine> Lines { get; private set; } = [];

    /// <summary>Whether the user may change this unit's estimates (`budget supplement|adjust|transfer`): the line link then says so.</summary>
    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Year ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        Units = (await units.ListAsync(HttpContext.RequestAborted)).Where(u => reach.Sees(u.Code)).ToList();
        if (Unit is { Length: > 0 } asked && !reach.Sees(asked))
        {
            return NotFound();
        }

        Unit = Units.FirstOrDefault(u => string.Equals(u.Code, Unit?.Trim(), StringComparison.OrdinalIgnoreCase))?.Code ?? Units.FirstOrDefault()?.Code;
        Lines = Unit is null ? [] : await status.RunAsync(Unit, Year.Value, HttpContext.RequestAborted);
        MayChange = Unit is not null && reach.May(Domain.Authority.Permission.BudgetChange, Unit);
        return Page();
    }
}
