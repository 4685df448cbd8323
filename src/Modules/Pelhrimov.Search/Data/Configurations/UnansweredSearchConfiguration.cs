using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Data.Configurations;

internal sealed class UnansweredSearchConfiguration : IEntityTypeConfiguration<UnansweredSearch>
{
    public void Configure(EntityTypeBuilder<UnansweredSearch> e)
    {
        e.ToTable("search_unanswered");
        e.HasKey(x => x.Id);
        e.Property(x => x.Query).HasMaxLength(SearchQueryText.MaxLength);
        e.HasIndex(x => new { x.Day, x.Query }).IsUnique();
    }
}
