using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PartyFinance.Testing;

namespace PartyFinance.Web.Tests;

/// <summary>
/// The bad-input corpus of the JSON API: bodies and queries with the amounts, dates, codes, ids and characters
/// a person or a script gets wrong. Each is answered with a ProblemDetails (application/problem+json) of the
/// expected status, its stable code, a Vietnamese detail and the field at fault among its errors, and leaves
/// every table of the database exactly as it was.
/// </summary>
public sealed class ApiCorpusTests
{
    /// <summary>A case; <paramref name="Chief"/>: sent by the chief accountant (locks, unlocks and reversals are theirs); <paramref name="Head"/>: by VPTU's head, who sees VPTU only; else by the accountant.</summary>
    private sealed record Case(string Name, HttpMethod Method, string Url, string? Body, int Status, string Code, string Field, bool Chief = false, bool Head = false);

    private static string Spending(string amount = "1000000", string unit = "\"VPTU\"", string autonomy = "\"autonomous\"", string purpose = "\"Mua văn phòng phẩm\"",
        string year = "2026") =>
        $$"""{"unit":{{unit}},"year":{{year}},"fund_source":"NSNN","autonomy":{{autonomy}},"sector":"340-351","budget_item":"6551","amount":{{amount}},"purpose":{{purpose}},"counterparty":"Công ty A"}""";

    private static string Voucher(string debit = "1000000", string credit = "1000000", string date = "\"2026-03-10\"", string unit = "\"VPTU\"", string account = "\"61112\"",
        string description = "\"Mua văn phòng phẩm\"") =>
        $$"""{"key":"api-1","date":{{date}},"unit":{{unit}},"type":"PC","description":{{description}},"lines":[""" +
        $$"""{"account":{{account}},"debit":{{debit}},"fund_source":"NSNN","budget_item":"6551","sector":"340-351"},{"account":"1111","credit":{{credit}}}]}""";

    private static IEnumerable<Case> Cases(string voucherNo)
    {
        var post = HttpMethod.Post;
        var get = HttpMethod.Get;
        const string Bad = "api.bad-request";
        foreach (var (name, amount) in new[] { ("beyond 64 bits", "9223372036854775808"), ("a fraction", "1.5"), ("an exponent", "1e30"), ("text", "\"một triệu\""), ("grouped text", "\"1.000.000\"") })
        {
            yield return new($"spending amount {name}", post, "/api/spending", Spending(amount), 400, Bad, "amount");
            yield return new($"voucher debit {name}", post, "/api/vouchers", Voucher(debit: amount), 400, Bad, "lines[0].debit");
        }

        foreach (var (name, c) in new[] { ("ESC", "\\u001b[2J"), ("BEL", "\\u0007"), ("NUL", "\\u0000"), ("RLO", "\\u202e"), ("LRI", "\\u2066"), ("DEL", "\\u007f") })
        {
            yield return new($"spending purpose with {name}", post, "/api/spending", Spending(purpose: $"\"Mua {c}\""), 400, Bad, "purpose");
            yield return new($"voucher description with {name}", post, "/api/vouchers", Voucher(description: $"\"Chi {c}\""), 400, Bad, "description");
            yield return new($"reversal reason with {name}", post, "/api/vouchers/reverse", $$"""{"number":"{{voucherNo}}","date":"2026-03-20","reason":"Sai {{c}}"}""", 400, Bad, "reason");
        }

        foreach (var (name, d) in new[] { ("31 February", "\"2026-02-31\""), ("month 13", "\"2026-13-01\""), ("Vietnamese order", "\"10/03/2026\""), ("text", "\"hôm nay\""), ("a number", "20260310") })
        {
            yield return new($"voucher date {name}", post, "/api/vouchers", Voucher(date: d), 400, Bad, "date");
            yield return new($"reversal date {name}", post, "/api/vouchers/reverse", $$"""{"number":"{{voucherNo}}","date":{{d}},"reason":"Sai"}""", 400, Bad, "date");
            yield return new($"payment date {name}", post, "/api/spending/1/pay", $$"""{"date":{{d}}}""", 400, Bad, "date");
            yield return new($"approval date {name}", post, "/api/spending/1/approve", $$"""{"decision_no":"1/QĐ","date":{{d}}}""", 400, Bad, "date");
        }

        foreach (var c in new Case[]
        {
            new("body not JSON", post, "/api/spending", "{\"unit\":", 400, Bad, "unit"),
            new("spending amount above 10^15", post, "/api/spending", Spending("1000000000000001"), 422, "spending.amount-too-large", "amount"),
            new("spending amount zero", post, "/api/spending", Spending("0"), 422, "spending.amount-not-positive", "amount"),
            new("spending amount negative", post, "/api/spending", Spending("-5"), 422, "spending.amount-not-positive", "amount"),
            new("spending for a unit that does not exist", post, "/api/spending", Spending(unit: "\"KHONGCO\""), 422, "ledger.unit-unknown", "unit"),
            new("spending unit null", post, "/api/spending", Spending(unit: "null"), 400, Bad, "unit"),
            new("spending autonomy unknown", post, "/api/spending", Spending(autonomy: "\"nua-voi\""), 422, "import.bad-value", "autonomy"),
            new("spending year 99999", post, "/api/spending", Spending(year: "99999"), 422, "spending.year-out-of-range", "year"),
            new("spending without purpose", post, "/api/spending", Spending(purpose: "\"\""), 422, "spending.purpose-missing", "purpose"),
            new("approve a request that does not exist", post, "/api/spending/999/approve", """{"decision_no":"1/QĐ"}""", 404, "spending.request-not-found", "id"),
            new("pay a request that does not exist", post, "/api/spending/999/pay", """{"date":"2026-03-15"}""", 404, "spending.request-not-found", "id"),
            new("reject a request that does not exist", post, "/api/spending/999/reject", """{"reason":"Không cần"}""", 404, "spending.request-not-found", "id"),
            new("pay by an unknown method", post, "/api/spending/1/pay", """{"date":"2026-03-15","method":"tien-ao"}""", 422, "import.bad-value", "method"),
            new("voucher unbalanced", post, "/api/vouchers", Voucher(credit: "900000"), 422, "ledger.unbalanced", "debit"),
            new("voucher line above 10^15", post, "/api/vouchers", Voucher(debit: "1000000000000001", credit: "1000000000000001"), 422, "import.bad-number", "debit"),
            new("voucher line negative", post, "/api/vouchers", Voucher(debit: "-5", credit: "-5"), 422, "import.bad-number", "debit"),
            new("voucher unknown account", post, "/api/vouchers", Voucher(account: "\"99999\""), 422, "ledger.account-unknown", "account"),
            new("voucher unknown unit", post, "/api/vouchers", Voucher(unit: "\"KHONGCO\""), 422, "ledger.unit-unknown", "unit"),
            new("voucher dated 1800", post, "/api/vouchers", Voucher(date: "\"1800-01-01\""), 422, "import.bad-date", "date"),
            new("reverse a voucher that does not exist", post, "/api/vouchers/reverse", """{"number":"VPTU/PC/2026/999999","date":"2026-03-20","reason":"Sai"}""", 422, "ledger.voucher-not-found", "number"),
            new("reverse without a reason", post, "/api/vouchers/reverse", $$"""{"number":"{{voucherNo}}","date":"2026-03-20","reason":""}""", 422, "ledger.reason-required", "reason", Chief: true),
            new("lock a unit that does not exist", post, "/api/periods/lock", """{"unit":"KHONGCO","year":2026,"month":3}""", 422, "ledger.unit-unknown", "unit", Chief: true),
            new("lock month 13", post, "/api/periods/lock", """{"unit":"VPTU","year":2026,"month":13}""", 422, "ledger.bad-period", "month", Chief: true),
            new("lock year 1800", post, "/api/periods/lock", """{"unit":"VPTU","year":1800,"month":3}""", 422, "ledger.bad-period", "year", Chief: true),
            new("unlock a month not locked", post, "/api/periods/unlock", """{"unit":"VPTU","year":2026,"month":11,"reason":"Sửa sai"}""", 422, "ledger.period-not-locked", "month", Chief: true),
            new("lock month as text", post, "/api/periods/lock", """{"unit":"VPTU","year":2026,"month":"ba"}""", 400, Bad, "month", Chief: true),
            new("voucher type unknown", post, "/api/vouchers", Voucher().Replace("\"type\":\"PC\"", "\"type\":\"ZZ\"", StringComparison.Ordinal), 422, "ledger.voucher-type-unknown", "type"),
            new("voucher without lines", post, "/api/vouchers", """{"key":"api-2","date":"2026-03-10","unit":"VPTU","type":"PC","description":"Chi","lines":[]}""", 422, "import.empty-file", "account"),
            new("voucher lines missing", post, "/api/vouchers", """{"key":"api-2","date":"2026-03-10","unit":"VPTU","type":"PC","description":"Chi"}""", 422, "import.empty-file", "account"),
            new("budget status of a unit one may not see", get, "/api/budget/status?unit=KHONGCO&year=2026", null, 422, "ledger.unit-unknown", "unit"),
            new("budget status of a unit the user may not see", get, "/api/budget/status?unit=BTC&year=2026", null, 403, "access.not-permitted", "unit", Head: true),
            new("budget status year as text", get, "/api/budget/status?unit=VPTU&year=hai", null, 400, Bad, "year"),
            new("budget line autonomy unknown", get, "/api/budget/line?unit=VPTU&year=2026&fundSource=NSNN&autonomy=nua&sector=340-351&budgetItem=6551", null, 422, "import.bad-value", "autonomy"),
            new("voucher that does not exist", get, "/api/voucher?number=VPTU%2FPC%2F2026%2F999999", null, 404, "ledger.voucher-not-found", "number"),
            new("spending request that does not exist", get, "/api/spending/999", null, 404, "spending.request-not-found", "id"),
        })
        {
            yield return c;
        }
    }

    [Fact]
    public async Task EveryApiRefusal_IsAProblemNamingTheField_WithAStableCode_AndChangesNothing()
    {
        using var factory = new WebFactory();
        var accountant = await factory.SignedInAsync("ketoan");
        var chief = await factory.SignedInAsync("ketoantruong");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var vouchers = await accountant.GetFromJsonAsync<JsonElement>("/api/vouchers?unit=VPTU");
        var voucherNo = vouchers.EnumerateArray().First().GetProperty("number").GetString()!;
        var problems = new List<string>();
        var count = 0;
        foreach (var c in Cases(voucherNo))
        {
            count++;
            var before = DatabaseFingerprint.Of(factory.DatabasePath);
            using var request = new HttpRequestMessage(c.Method, c.Url);
            if (c.Body is not null)
            {
                request.Content = new StringContent(c.Body, Encoding.UTF8, "application/json");
            }

            using var response = await (c.Chief ? chief : c.Head ? head : accountant).SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonDocument.Parse(text).RootElement : (JsonElement?)null;
            var fields = problem?.TryGetProperty("errors", out var errors) == true ? errors.EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList() : [];
            if ((int)response.StatusCode != c.Status || problem is null || problem.Value.GetProperty("code").GetString() != c.Code || !fields.Contains(c.Field))
            {
                problems.Add($"{c.Name}: {(int)response.StatusCode} (expected {c.Status} {c.Code} on {c.Field}): {text}");
            }
            else if (!problem.Value.GetProperty("detail").GetString()!.Any(ch => ch > '\u00FF'))
            {
                problems.Add($"{c.Name}: the detail is not Vietnamese: {text}");
            }

            if (DatabaseFingerprint.Of(factory.DatabasePath) != before)
            {
                problems.Add($"{c.Name}: the database changed");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {count} cases:\n" + string.Join('\n', problems));
        Assert.True(count >= 80, $"only {count} cases");
    }
}
