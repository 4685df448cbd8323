using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Data.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> e)
    {
        e.ToTable("content_items");
        e.Property(x => x.Type).HasMaxLength(50);
        e.Property(x => x.Key).HasMaxLength(100);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.Type, x.CreatedUtc });
        e.HasMany(x => x.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
