using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>Maps column names to positions and checks that a file carries the columns an import needs.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index;

    private CsvHeader(Dictionary<string, int> index) => _index = index;

    /// <summary>Reads the header row; refuses a missing header, missing required columns and unknown columns.</summary>
    public static Result<CsvHeader> Read(CsvReader reader, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var header = reader.ReadRecord();
        if (header is null)
        {
            return new DomainError(ImportErrors.EmptyFile, "Tệp rỗng: thiếu dòng tiêu đề.", Row: 1);
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<DomainError>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!required.Contains(name, StringComparer.OrdinalIgnoreCase) && !optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new DomainError(ImportErrors.UnknownColumn, $"Cột '{name}' không được hỗ trợ.", name, 1));
                continue;
            }

            if (!index.TryAdd(name, i))
            {
                errors.Add(new DomainError(ImportErrors.DuplicateColumn, $"Cột '{name}' bị lặp lại.", name, 1));
            }
        }

        foreach (var name in required)
        {
            if (!index.ContainsKey(name))
            {
                errors.Add(new DomainError(ImportErrors.MissingColumn, $"Thiếu cột bắt buộc '{name}'.", name, 1));
            }
        }

        return errors.Count > 0 ? Result.Failure<CsvHeader>(errors) : Result.Success(new CsvHeader(index));
    }

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The trimmed value of a column in a record, or "" when the column is absent or the row is short.</summary>
    public string Get(IReadOnlyList<string> record, string column) =>
        _index.TryGetValue(column, out var i) && i < record.Count ? record[i].Trim() : string.Empty;

    public int ColumnCount => _index.Count;
}
