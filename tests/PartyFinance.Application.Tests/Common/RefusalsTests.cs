using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Tests.Common;

public class RefusalsTests
{
    [Theory]
    [InlineData(LedgerErrors.Unbalanced, 422)]
    [InlineData(AccessErrors.UnknownUser, 403)]
    [InlineData(AccessErrors.NotPermitted, 403)]
    [InlineData(SpendingErrors.RequestNotFound, 404)]
    [InlineData(AuthorityErrors.UnknownRequest, 404)]
    [InlineData(SpendingErrors.InvalidTransition, 409)]
    public void EachCode_MapsToOneHttpStatus(string code, int status) =>
        Assert.Equal(status, Refusals.HttpStatus(Refusals.KindOf(new DomainError(code, "x"))));

    [Fact]
    public void SeveralErrors_TakeTheMostSpecificKind() =>
        Assert.Equal(RefusalKind.Forbidden, Refusals.KindOf([new DomainError(LedgerErrors.Unbalanced, "x"), new DomainError(SpendingErrors.RequestNotFound, "y"), new DomainError(AccessErrors.NotPermitted, "z")]));

    [Fact]
    public void ImportFile_FromAStreamThatCannotSeek_IsReadTwiceAndHashedFromItsContent()
    {
        var bytes = "unit,year\nVPTU,2026\n"u8.ToArray();
        var file = new ImportFile(new ForwardOnly(bytes), "a.csv");

        var sha = file.Sha256();
        using var again = new StreamReader(file.Open(), leaveOpen: true);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), sha);
        Assert.Equal("unit,year", again.ReadLine());
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
