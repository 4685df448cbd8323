using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Analytics.Domain;

namespace Pelhrimov.Analytics.Data.Configurations;

internal sealed class PageDailyViewsConfiguration : IEntityTypeConfiguration<PageDailyViews>
{
    public void Configure(EntityTypeBuilder<PageDailyViews> e)
    {
        e.ToTable("analytics_page_daily");
        e.HasKey(x => new { x.Date, x.Path });
        e.Property(x => x.Date).HasColumnName("date");
        e.Property(x => x.Path).HasColumnName("path").HasMaxLength(PageDailyViews.MaxPathLength);
        e.Property(x => x.Views).HasColumnName("views");
    }
}
