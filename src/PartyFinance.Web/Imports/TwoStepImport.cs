using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Imports;

/// <summary>
/// What one step of an import answered: the whole error list, or what it would store or stored — in words (Summary, the screen)
/// and as figures (Figures, the API's JSON: the same numbers the command line's --json gives).
/// </summary>
public sealed record ImportOutcome(IReadOnlyList<DomainError> Errors, string Summary, object? Figures = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportOutcome Failed(IReadOnlyList<DomainError> errors) => new(errors.OrderBy(e => e.Row ?? 0).ToList(), string.Empty);

    public static ImportOutcome From<T>(Result<T> result, Func<T, string> summary, Func<T, object> figures) =>
        result.IsFailure ? Failed(result.Errors) : new([], summary(result.Value), figures(result.Value));
}

/// <summary>What the shared import view shows for one kind of file.</summary>
public sealed record ImportScreen(string Title, string Columns, string FileLabel, string DefaultName, bool HasDate = false, string? DateLabel = null);

/// <summary>
/// The pattern of every import screen, in two steps. "Kiểm tra" runs every check of the import without storing anything (the
/// use case's dry run) and shows the whole error list (file, row, column) or what would be stored; only then does the
/// confirmation import the same content — carried in the form, so exactly that file — checked again by the import itself
/// (someone may have changed the books meanwhile). A refusal stores nothing. A page names its <see cref="ImportKind"/> (the
/// permission, the two runs and the texts, shared with <c>POST /api/imports/{kind}</c>); the view is Shared/_ImportSteps.
/// </summary>
public abstract class TwoStepImportModel(ImportKind kind) : PageModel
{
    public ImportOutcome? Checked { get; private set; }

    public ImportOutcome? Imported { get; private set; }

    /// <summary>The checked content (base64) and its name, carried to the confirmation so exactly that file is imported.</summary>
    public string? CheckedContent { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The opening date of a register import (empty: the import's default), carried to the confirmation with the file.</summary>
    [BindProperty] public string? Date { get; set; }

    public IReadOnlyList<DomainError> Errors => (Imported ?? Checked)?.Errors ?? [];

    public ImportScreen Screen => kind.Screen;

    public async Task<IActionResult> OnGetAsync() => await MayImportAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file)
    {
        if (!await MayImportAsync())
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            return Answer(Checked = ImportOutcome.Failed([new DomainError(ImportErrors.EmptyFile, "Chọn tệp " + Screen.FileLabel + " (CSV).", "file")]));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        FileName = Path.GetFileName(file.FileName);
        CheckedContent = Convert.ToBase64String(buffer.ToArray());
        Checked = ReadDate(out var date) is { } bad ? ImportOutcome.Failed([bad])
            : await kind.CheckAsync(new ImportFile(new MemoryStream(buffer.ToArray()), FileName), date, Current.Login(HttpContext), HttpContext.RequestAborted);
        return Answer(Checked);
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName)
    {
        if (!await MayImportAsync())
        {
            return Forbid();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? string.Empty);
        }
        catch (FormatException)
        {
            bytes = [];
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? Screen.DefaultName : Path.GetFileName(fileName);
        FileName = name;
        Imported = bytes.Length == 0 ? ImportOutcome.Failed([new DomainError(ImportErrors.EmptyFile, "Kiểm tra tệp trước khi ghi sổ.", "file")])
            : ReadDate(out var date) is { } bad ? ImportOutcome.Failed([bad])
            : await kind.ImportAsync(new ImportFile(new MemoryStream(bytes), name), date, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            return Answer(Imported);
        }

        TempData["Done"] = $"Đã ghi sổ {name}: {Imported.Summary}";
        return Redirect(Request.Path);
    }

    private IActionResult Answer(ImportOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(outcome.Errors));
        }

        return Page();
    }

    private DomainError? ReadDate(out DateOnly? date)
    {
        date = null;
        if (!Screen.HasDate || string.IsNullOrWhiteSpace(Date))
        {
            return null;
        }

        return ReadDate(Date, out date);
    }

    /// <summary>An import's opening date as typed (either vi-VN or ISO form), or the refusal naming the field.</summary>
    public static DomainError? ReadDate(string text, out DateOnly? date)
    {
        date = null;
        if (!VietnameseInput.TryDate(text, out var d))
        {
            return new DomainError(ImportErrors.BadDate, $"Ngày '{text}' không hợp lệ ({VietnameseInput.DateForms}).", "date");
        }

        date = d;
        return null;
    }

    private async Task<bool> MayImportAsync() => Offers((await Current.ReachAsync(HttpContext))!, kind.Permission);

    /// <summary>Whether an import asking for <paramref name="permission"/> is offered: held for the province or for some unit of the user's grants.</summary>
    public static bool Offers(UserReach reach, Permission permission) => reach.May(permission, null) || reach.Units.Any(u => reach.May(permission, u));
}
