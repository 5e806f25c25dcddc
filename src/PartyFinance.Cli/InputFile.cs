using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli;

/// <summary>Opens the file an import command names; a missing file is refused (exit 1) before any use case runs.</summary>
internal static class InputFile
{
    public static async Task<int> ReadAsync(CliContext c, string path, Func<ImportFile, Task<int>> use)
    {
        if (!File.Exists(path))
        {
            return c.Output.Refuse([new DomainError(ImportErrors.FileNotFound, $"Không tìm thấy tệp '{path}'.", "file")]);
        }

        await using var stream = File.OpenRead(path);
        return await use(new ImportFile(stream, Path.GetFileName(path)));
    }
}
