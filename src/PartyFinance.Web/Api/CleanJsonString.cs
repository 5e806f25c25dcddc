using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Api;

/// <summary>
/// Every string of an API body passes the checks of every CSV cell and CLI argument: no control character
/// (a line break excepted) and no bidirectional override — refused, never stored, so never printed raw — and
/// normalised to NFC, so a login or code sent decomposed is the one sent composed. A refusal is a
/// <see cref="JsonException"/>, which the API answers as a 400 problem naming the field.
/// </summary>
public sealed class CleanJsonString : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        foreach (var c in text)
        {
            if (VietnameseInput.Forbidden(c) is { } what)
            {
                throw new JsonException($"chứa {what} U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, không được phép.");
            }
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
