using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli;

/// <summary>Opens the file an import command names; a missing file is refused (exit 1) before any use case runs, an unreadable one (exit 1) naming file, row and column.</summary>
internal static class InputFile
{
    public static async Task<int> ReadAsync(CliContext c, string path, Func<ImportFile, Task<int>> use)
    {
        if (!File.Exists(path))
        {
            return c.Output.Refuse([new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy tệp '{path}'.", "file")]);
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await use(new ImportFile(stream, Path.GetFileName(path)));
        }
        catch (CsvFormatException e)
        {
            // The file cannot be read as a table (encoding, quotes, extra fields, control characters): nothing was written.
            return c.Output.Refuse([e.Error], e.File ?? Path.GetFileName(path));
        }
    }
}
