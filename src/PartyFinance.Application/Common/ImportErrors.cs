namespace PartyFinance.Application.Common;

/// <summary>Stable codes for refusals that concern the shape of an import file rather than a business rule.</summary>
public static class ImportErrors
{
    public const string EmptyFile = "import.empty-file";
    public const string UnknownColumn = "import.unknown-column";
    public const string DuplicateColumn = "import.duplicate-column";
    public const string MissingColumn = "import.missing-column";
    public const string MissingValue = "import.missing-value";
    public const string BadNumber = "import.bad-number";
    public const string BadDate = "import.bad-date";
    public const string BadValue = "import.bad-value";
    public const string FileNotFound = "import.file-not-found";
    public const string BadEncoding = "import.bad-encoding";
    public const string OpenQuote = "import.open-quote";
    public const string ExtraField = "import.extra-field";
    public const string BadCharacter = "import.bad-character";

    /// <summary>The API was asked for a kind of import file that does not exist (`/api/imports/{kind}`).</summary>
    public const string UnknownKind = "import.unknown-kind";
}
