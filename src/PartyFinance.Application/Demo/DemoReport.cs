namespace PartyFinance.Application.Demo;

public sealed record DemoReport(int Units, int OpeningLines, int VouchersPosted, int VouchersSkipped, int PeriodsLocked, int UsersAdded, int AssetsAdded, int AssetsWorn);
