using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Web.Api;

namespace PartyFinance.Web.Pages;

/// <summary>/dang-nhap: the sign-in form (antiforgery-protected like every form); refusals show the Vietnamese message.</summary>
public sealed class DangNhapModel(SignIn signIn, LockoutPolicy policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.RunAsync(Login ?? string.Empty, Password ?? string.Empty, policy, HttpContext.RequestAborted);
        if (result.IsFailure)
        {
            Error = result.FirstError.Message;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await SessionApi.SignInCookie(HttpContext, result.Value);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
