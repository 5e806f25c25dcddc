using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Authority.Records;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>
/// EF model of the authority tables (created by M0002_Authority; M0004_AuthorityModel adds rule-set ends and the verified mark, M0012_UserCredentials the sign-in passwords). Called from
/// PartyFinanceDbContext.OnModelCreating before the snake_case column loop.
/// </summary>
public static class AuthorityModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RuleSetRecord>(e => { e.ToTable("authority_rule_sets"); e.HasKey(x => x.Name); });
        b.Entity<RuleRecord>(e =>
        {
            e.ToTable("authority_rules");
            e.HasKey(x => new { x.RuleSet, x.Row });
            e.HasOne<RuleSetRecord>().WithMany().HasForeignKey(x => x.RuleSet).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<RuleSetEndRecord>(e =>
        {
            e.ToTable("authority_rule_set_ends");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.RuleSet);
        });
        b.Entity<UserRecord>(e => { e.ToTable("users"); e.HasKey(x => x.Login); });
        b.Entity<CredentialRecord>(e =>
        {
            e.ToTable("user_credentials");
            e.HasKey(x => x.Login);
            e.HasOne<UserRecord>().WithMany().HasForeignKey(x => x.Login).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<RoleGrantRecord>(e =>
        {
            e.ToTable("role_grants");
            e.HasKey(x => new { x.Login, x.GrantNo });
            e.HasOne<UserRecord>().WithMany().HasForeignKey(x => x.Login).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ApprovalRequestRecord>(e =>
        {
            e.ToTable("approval_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.DocumentReference);
        });
        b.Entity<ApprovalNumberRecord>(e =>
        {
            e.ToTable("approval_numbers");
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).ValueGeneratedNever();
            e.HasIndex(x => x.RequestId).IsUnique();
            e.HasOne<ApprovalRequestRecord>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ApprovalEventRecord>(e =>
        {
            e.ToTable("approval_events");
            e.HasKey(x => new { x.RequestId, x.Sequence });
            e.HasOne<ApprovalRequestRecord>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
