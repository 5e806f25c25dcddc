using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// An import file that cannot be read as a table at all: not UTF-8 or UTF-16, a quote left open, a
/// row with more fields than the header, a control character in a cell. Thrown by
/// <see cref="CsvReader"/> while the use case is still reading (nothing has been written); the edges
/// report it like any refusal, naming the file, the row and the column.
/// </summary>
public sealed class CsvFormatException(string? file, DomainError error)
    : Exception((file is null ? string.Empty : file + ": ") + error.Describe())
{
    public string? File { get; } = file;

    public DomainError Error { get; } = error;
}
