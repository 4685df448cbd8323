using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.ApiClients.Domain;

namespace Pelhrimov.ApiClients.Data.Configurations;

/// <summary>OpenIddict configures the columns; this adds the table name and the admin's own columns.</summary>
public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("apiclients_clients");
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.HasIndex(x => x.DisplayName);
    }
}

public sealed class ApiClientTokenConfiguration : IEntityTypeConfiguration<ApiClientToken>
{
    public void Configure(EntityTypeBuilder<ApiClientToken> builder)
    {
        builder.ToTable("apiclients_tokens");
        // Pruning looks for old entries by creation date.
        builder.HasIndex(x => x.CreationDate);
    }
}

public sealed class ApiClientAuthorizationConfiguration : IEntityTypeConfiguration<ApiClientAuthorization>
{
    public void Configure(EntityTypeBuilder<ApiClientAuthorization> builder) => builder.ToTable("apiclients_authorizations");
}

public sealed class ApiClientScopeConfiguration : IEntityTypeConfiguration<ApiClientScope>
{
    public void Configure(EntityTypeBuilder<ApiClientScope> builder) => builder.ToTable("apiclients_scopes");
}
