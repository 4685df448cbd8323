using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Data;

/// <summary>The Identity module's tables: staff accounts and roles (citizen accounts will get tables of their own).</summary>
/// <remarks>
/// Derives from <see cref="IdentityDbContext{TUser,TRole,TKey}"/> rather than <see cref="ModuleDbContext"/>, so it applies
/// <see cref="PortalConventions"/> itself. Store options (schema version, key length) are left at their defaults on purpose:
/// the design-time factories cannot see the host's options, and the migrations must match the runtime model.
/// </remarks>
public class IdentityDataContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PortalConventions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(e =>
        {
            e.ToTable("identity_staff_users");
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.SearchName).HasMaxLength(200);
            // Identity names these indexes without a table prefix; index names are database-wide, and citizens come next.
            e.HasIndex(x => x.NormalizedUserName).HasDatabaseName("IX_identity_staff_users_NormalizedUserName");
            e.HasIndex(x => x.NormalizedEmail).HasDatabaseName("IX_identity_staff_users_NormalizedEmail");
        });
        builder.Entity<IdentityRole<Guid>>(e =>
        {
            e.ToTable("identity_staff_roles");
            e.HasIndex(x => x.NormalizedName).HasDatabaseName("IX_identity_staff_roles_NormalizedName");
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_staff_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_staff_user_claims");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_staff_role_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_staff_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_staff_user_tokens");
    }
}

public sealed class SqliteIdentityDataContext(DbContextOptions<SqliteIdentityDataContext> options) : IdentityDataContext(options);

public sealed class PostgresIdentityDataContext(DbContextOptions<PostgresIdentityDataContext> options) : IdentityDataContext(options);

public sealed class SqliteIdentityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteIdentityDataContext>(Manifest.ModuleId);

public sealed class PostgresIdentityDesignTimeFactory() : PostgresDesignTimeFactory<PostgresIdentityDataContext>(Manifest.ModuleId);
