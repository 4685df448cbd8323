using Pelhrimov.Core.Formatting;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Digest;

/// <summary>When a digest goes out: the daily one at 7:00 Prague time, the weekly one on Monday at 7:00.</summary>
public static class DigestSchedule
{
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>The next digest time after <paramref name="nowUtc"/> for the frequency (UTC); null for e-mail sent at once.</summary>
    public static DateTime? NextUtc(DateTime nowUtc, EmailFrequency frequency)
    {
        if (frequency == EmailFrequency.Immediately)
        {
            return null;
        }
        var local = CzechFormat.ToLocal(nowUtc);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= SendAt)
        {
            day = day.AddDays(1);
        }
        if (frequency == EmailFrequency.WeeklyDigest)
        {
            day = day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
        }
        return CzechFormat.ToUtc(day.ToDateTime(SendAt));
    }
}
