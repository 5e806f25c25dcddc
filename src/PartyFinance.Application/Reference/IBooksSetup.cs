namespace PartyFinance.Application.Reference;

/// <summary>Seam to the database set-up (schema migrations and the shipped reference files).</summary>
public interface IBooksSetup
{
    /// <summary>Whether someone holds an administrator grant valid on <paramref name="date"/>; false for a database without the user tables yet.</summary>
    Task<bool> HasAdministratorAsync(DateOnly date, CancellationToken ct);

    /// <summary>
    /// Applies the pending migrations, loads the reference files of <paramref name="referenceFolder"/> and the shipped
    /// rule sets of <paramref name="authorityFolder"/> (db/authority beside the reference folder when null). Idempotent.
    /// </summary>
    Task<Domain.Common.Result<InitReport>> RunAsync(string referenceFolder, string actor, CancellationToken ct, string? authorityFolder = null);
}
