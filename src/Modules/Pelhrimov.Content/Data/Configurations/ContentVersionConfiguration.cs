using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Data.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> e)
    {
        e.ToTable("content_versions");
        e.Property(x => x.Type).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Author).HasMaxLength(256);
        e.Property(x => x.Category).HasMaxLength(100);
        e.HasIndex(x => new { x.ItemId, x.Number }).IsUnique();
        e.HasIndex(x => new { x.Type, x.IsPublished, x.Slug });
        e.HasIndex(x => new { x.Type, x.IsPublished, x.PublishedUtc });
        e.HasIndex(x => new { x.Type, x.IsLatest });
        e.HasIndex(x => x.ScheduledPublishUtc);
        e.HasIndex(x => x.ScheduledUnpublishUtc);
    }
}
