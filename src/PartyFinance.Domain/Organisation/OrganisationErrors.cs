namespace PartyFinance.Domain.Organisation;

public static class OrganisationErrors
{
    public const string BadCode = "org.bad-code";
    public const string NameMissing = "org.name-missing";
    public const string BadKind = "org.bad-kind";
    public const string BadChapter = "org.bad-chapter";
    public const string ChapterUnknown = "org.chapter-unknown";
    public const string BadValidity = "org.bad-validity";
    public const string ParentUnknown = "org.parent-unknown";
    public const string ParentCycle = "org.parent-cycle";
    public const string SuccessorUnknown = "org.successor-unknown";
    public const string SuccessorNeedsEnd = "org.successor-needs-end";
    public const string DuplicateCode = "org.duplicate-code";
    public const string SuccessorSelf = "org.successor-self";
    public const string EndsBeforeVouchers = "org.ends-before-vouchers";
}
