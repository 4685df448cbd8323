using Microsoft.EntityFrameworkCore;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.Core.Data;

namespace Pelhrimov.ApiClients.Data;

/// <summary>OpenIddict's tables (clients, tokens, and the unused authorizations and scopes), prefixed <c>apiclients_</c>.</summary>
public class ApiClientsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<ApiClient> Clients => Set<ApiClient>();

    public DbSet<ApiClientToken> Tokens => Set<ApiClientToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict<ApiClient, ApiClientAuthorization, ApiClientScope, ApiClientToken, string>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApiClientsDbContext).Assembly);
    }
}

public sealed class SqliteApiClientsDbContext(DbContextOptions<SqliteApiClientsDbContext> options) : ApiClientsDbContext(options);

public sealed class PostgresApiClientsDbContext(DbContextOptions<PostgresApiClientsDbContext> options) : ApiClientsDbContext(options);

public sealed class SqliteApiClientsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteApiClientsDbContext>(Manifest.ModuleId);

public sealed class PostgresApiClientsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresApiClientsDbContext>(Manifest.ModuleId);
