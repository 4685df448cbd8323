using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pelhrimov.Analytics.Domain;

namespace Pelhrimov.Analytics.Data.Configurations;

/// <summary>Lowercase column names: <c>AnalyticsStore</c> upserts them with plain SQL on both providers.</summary>
internal sealed class DailyTrafficConfiguration : IEntityTypeConfiguration<DailyTraffic>
{
    public void Configure(EntityTypeBuilder<DailyTraffic> e)
    {
        e.ToTable("analytics_daily");
        e.HasKey(x => x.Date);
        e.Property(x => x.Date).HasColumnName("date");
        e.Property(x => x.Views).HasColumnName("views");
        e.Property(x => x.Visits).HasColumnName("visits");
    }
}
