using System.Text.RegularExpressions;

namespace PartyFinance.Web.Tests;

/// <summary>Posting a screen's form as the browser does: the page's antiforgery token with the fields.</summary>
public static partial class Forms
{
    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    /// <summary>GETs <paramref name="page"/>, then POSTs <paramref name="fields"/> with its token to <paramref name="action"/> (default: the page).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Token(html);
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    /// <summary>A multipart form with one file, as an upload form sends it.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string action, string field, string fileName, string content,
        Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(html)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), field, fileName },
        };
        foreach (var (k, v) in fields ?? [])
        {
            form.Add(new StringContent(v), k);
        }

        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
