using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Data.Configurations;

internal sealed class MenuConfiguration : IEntityTypeConfiguration<Menu>
{
    public void Configure(EntityTypeBuilder<Menu> e)
    {
        e.ToTable("content_menus");
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(50);
    }
}
