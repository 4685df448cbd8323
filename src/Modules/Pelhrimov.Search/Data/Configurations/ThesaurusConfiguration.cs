using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Data.Configurations;

internal sealed class ThesaurusEntryConfiguration : IEntityTypeConfiguration<ThesaurusEntry>
{
    public void Configure(EntityTypeBuilder<ThesaurusEntry> e)
    {
        e.ToTable("search_thesaurus");
        e.HasKey(x => x.Id);
        e.Property(x => x.Terms).HasMaxLength(ThesaurusEntry.MaxTermsLength);
        e.Property(x => x.Synonyms).HasMaxLength(ThesaurusEntry.MaxSynonymsLength);
        e.HasIndex(x => x.Terms);
    }
}

internal sealed class ThesaurusStateConfiguration : IEntityTypeConfiguration<ThesaurusState>
{
    public void Configure(EntityTypeBuilder<ThesaurusState> e)
    {
        e.ToTable("search_thesaurus_state");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.HasData(new ThesaurusState { Id = ThesaurusState.SingletonId, Version = 0 });
    }
}
