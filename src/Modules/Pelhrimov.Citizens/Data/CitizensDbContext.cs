using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Citizens.Data;

/// <summary>The citizens module's tables: accounts (Identity's user tables, renamed), consents and sign-in statistics.</summary>
/// <remarks>
/// Derives from <see cref="IdentityUserContext{TUser,TKey}"/>: citizens have no roles. Staff accounts live in the Identity
/// module's own tables, so no query can ever mix the two.
/// </remarks>
public class CitizensDbContext(DbContextOptions options) : IdentityUserContext<CitizenAccount, Guid>(options)
{
    public DbSet<ConsentVersion> ConsentVersions => Set<ConsentVersion>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<CitizenSignInRecord> SignIns => Set<CitizenSignInRecord>();

    // An account without an address keeps all address columns null and reads back as no address: that is intended. The
    // warning comes from building the model (design time, the model tests); the site's pooled contexts run on the compiled
    // model with frozen options, which OnConfiguring must not change.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.Options.IsFrozen)
        {
            optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PortalConventions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CitizenAccount>(e =>
        {
            e.ToTable("citizen_accounts");
            e.HasIndex(x => x.NormalizedUserName).HasDatabaseName("IX_citizen_accounts_NormalizedUserName").IsUnique();
            e.HasIndex(x => x.NormalizedEmail).HasDatabaseName("IX_citizen_accounts_NormalizedEmail");
            e.HasIndex(x => x.PersonIdentifier).IsUnique();
            e.Property(x => x.PersonIdentifier).HasMaxLength(200);
            e.Property(x => x.GivenName).HasMaxLength(200);
            e.Property(x => x.FamilyName).HasMaxLength(200);
            e.Property(x => x.PlaceOfBirth).HasMaxLength(200);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            e.OwnsOne(x => x.Address, a =>
            {
                a.Property(p => p.Street).HasMaxLength(200).HasColumnName("AddressStreet");
                a.Property(p => p.HouseNumber).HasMaxLength(50).HasColumnName("AddressHouseNumber");
                a.Property(p => p.Town).HasMaxLength(200).HasColumnName("AddressTown");
                a.Property(p => p.PostCode).HasMaxLength(20).HasColumnName("AddressPostCode");
                a.Property(p => p.Area).HasMaxLength(200).HasColumnName("AddressArea");
            });
            e.Ignore(x => x.FullName);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("citizen_account_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("citizen_account_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("citizen_account_tokens");

        builder.Entity<ConsentVersion>(e =>
        {
            e.ToTable("citizen_consent_versions");
            e.HasIndex(x => x.Version).IsUnique();
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
        });
        builder.Entity<ConsentRecord>(e =>
        {
            e.ToTable("citizen_consents");
            e.HasIndex(x => new { x.AccountId, x.Version });
            e.Property(x => x.Context).HasMaxLength(20);
        });
        builder.Entity<CitizenSignInRecord>(e =>
        {
            e.ToTable("citizen_sign_ins");
            e.HasIndex(x => x.OccurredUtc);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        });
    }
}

public sealed class SqliteCitizensDbContext(DbContextOptions<SqliteCitizensDbContext> options) : CitizensDbContext(options);

public sealed class PostgresCitizensDbContext(DbContextOptions<PostgresCitizensDbContext> options) : CitizensDbContext(options);

public sealed class SqliteCitizensDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCitizensDbContext>(Manifest.ModuleId);

public sealed class PostgresCitizensDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCitizensDbContext>(Manifest.ModuleId);
