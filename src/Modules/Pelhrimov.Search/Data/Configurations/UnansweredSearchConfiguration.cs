using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Data.Configurations;

/// <summary>A table of <see cref="DailySearchCount"/> rows: one per day and query.</summary>
internal abstract class DailySearchCountConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : DailySearchCount
{
    public void Configure(EntityTypeBuilder<T> e)
    {
        e.ToTable(table);
        e.HasKey(x => x.Id);
        e.Property(x => x.Query).HasMaxLength(SearchQueryText.MaxLength);
        e.HasIndex(x => new { x.Day, x.Query }).IsUnique();
    }
}

internal sealed class UnansweredSearchConfiguration() : DailySearchCountConfiguration<UnansweredSearch>("search_unanswered");

internal sealed class LoggedSearchConfiguration() : DailySearchCountConfiguration<LoggedSearch>("search_queries");
