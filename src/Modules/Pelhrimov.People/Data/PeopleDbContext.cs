using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.People.Domain;

namespace Pelhrimov.People.Data;

/// <summary>The register of persons, the links of citizen accounts to them, and the items waiting for a clerk.</summary>
public class PeopleDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonLink> Links => Set<PersonLink>();

    public DbSet<LinkReview> Reviews => Set<LinkReview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Person>(e =>
        {
            e.ToTable("people_persons");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(50);
            e.Property(x => x.GivenName).HasMaxLength(200);
            e.Property(x => x.FamilyName).HasMaxLength(200);
            e.Property(x => x.Street).HasMaxLength(200);
            e.Property(x => x.HouseNumber).HasMaxLength(50);
            e.Property(x => x.Town).HasMaxLength(200);
            e.Property(x => x.PostCode).HasMaxLength(20);
            e.Property(x => x.NameKey).HasMaxLength(64);
            e.Property(x => x.AddressKey).HasMaxLength(64);
            e.HasIndex(x => x.NameKey);
            e.HasIndex(x => x.AddressKey);
            e.HasIndex(x => new { x.FamilyName, x.GivenName });
            e.Ignore(x => x.FullName);
            e.Ignore(x => x.AddressLine);
        });
        builder.Entity<PersonLink>(e =>
        {
            e.ToTable("people_links");
            e.HasKey(x => x.Id);
            e.Property(x => x.PersonId).HasMaxLength(50);
            e.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LinkedBy).HasMaxLength(256);
            e.Property(x => x.UnlinkedBy).HasMaxLength(256);
            // IPersonLinks reads the links of one account: this index answers it alone.
            e.HasIndex(x => new { x.AccountId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.Ignore(x => x.IsActive);
        });
        builder.Entity<LinkReview>(e =>
        {
            e.ToTable("people_link_reviews");
            e.HasKey(x => x.AccountId);
            e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CandidateIds).HasMaxLength(2000);
            e.Property(x => x.NameKey).HasMaxLength(64);
            e.Property(x => x.AddressKey).HasMaxLength(64);
            e.HasIndex(x => x.NameKey);
            e.HasIndex(x => x.AddressKey);
            e.HasIndex(x => x.CreatedUtc);
            e.Ignore(x => x.Candidates);
        });
    }
}

public sealed class SqlitePeopleDbContext(DbContextOptions<SqlitePeopleDbContext> options) : PeopleDbContext(options);

public sealed class PostgresPeopleDbContext(DbContextOptions<PostgresPeopleDbContext> options) : PeopleDbContext(options);

public sealed class SqlitePeopleDesignTimeFactory() : SqliteDesignTimeFactory<SqlitePeopleDbContext>(Manifest.ModuleId);

public sealed class PostgresPeopleDesignTimeFactory() : PostgresDesignTimeFactory<PostgresPeopleDbContext>(Manifest.ModuleId);
