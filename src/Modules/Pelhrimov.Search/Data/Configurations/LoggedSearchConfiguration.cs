using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Data.Configurations;

internal sealed class LoggedSearchConfiguration : IEntityTypeConfiguration<LoggedSearch>
{
    public void Configure(EntityTypeBuilder<LoggedSearch> e)
    {
        e.ToTable("search_queries");
        e.HasKey(x => x.Id);
        e.Property(x => x.Query).HasMaxLength(SearchQueryText.MaxLength);
        e.HasIndex(x => new { x.Day, x.Query }).IsUnique();
    }
}
