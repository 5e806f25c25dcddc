using PartyFinance.Application.Ledger;

namespace PartyFinance.Application.Reporting;

/// <summary>A line of one of the books read together: the index of its book among the accounts asked, and the line.</summary>
public readonly record struct BookLine(int Book, LedgerBookEntry Entry);
