using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Data.Configurations;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> e)
    {
        e.ToTable("content_media");
        e.Property(x => x.Key).HasMaxLength(100);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.Description).HasMaxLength(300);
        e.Property(x => x.UploadedBy).HasMaxLength(256);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.UploadedUtc);
        e.Ignore(x => x.Url);
    }
}
