namespace PartyFinance.Domain.Organisation;

/// <summary>Kinds of organisation unit. Slugs are the values used in files and on the command line.</summary>
public enum UnitKind
{
    ProvincialOffice,
    PartyAgency,
    PartyCommitteeBloc,
    PartyServiceUnit,
    CommuneCommittee,
}
