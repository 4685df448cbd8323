using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Jobs;

namespace Pelhrimov.Tests.Workflows;

/// <summary>The date trigger's catch-up rule (unit): which days a run checks and which missed reminders still go out.</summary>
public sealed class DateCatchUpTests
{
    private static readonly DateOnly Today = new(2027, 3, 20);

    private static Workflow Checked(DateOnly? lastChecked, DateOnly enabled) => new()
    {
        NextFireUtc = lastChecked is { } day ? DateCatchUp.Cursor(day) : null,
        EnabledSinceUtc = DateCatchUp.Cursor(enabled).AddHours(9),
    };

    [Fact]
    public void A_run_checks_from_the_last_day_checked_to_today_but_not_before_switching_on_nor_more_than_31_days()
    {
        Assert.Equal([Today.AddDays(-1), Today], DateCatchUp.DaysToCheck(Checked(Today.AddDays(-1), Today.AddDays(-100)), Today));
        Assert.Equal(6, DateCatchUp.DaysToCheck(Checked(Today.AddDays(-5), Today.AddDays(-100)), Today).Count());
        Assert.Equal([Today.AddDays(-2), Today.AddDays(-1), Today], DateCatchUp.DaysToCheck(Checked(Today.AddDays(-5), Today.AddDays(-2)), Today));
        Assert.Equal(Today.AddDays(-DateCatchUp.MaxDays), DateCatchUp.DaysToCheck(Checked(Today.AddDays(-400), Today.AddDays(-500)), Today).First());
        Assert.Equal([Today], DateCatchUp.DaysToCheck(Checked(null, Today), Today));
        Assert.Equal([Today], DateCatchUp.DaysToCheck(Checked(Today.AddDays(3), Today.AddDays(-10)), Today));   // a clock set back
    }

    [Theory]
    [InlineData(-3, 14, true)]     // due in 11 days: the late "due in 14 days" still helps
    [InlineData(-17, 14, false)]   // due 3 days ago: a stale "due in 14 days" — the overdue workflow speaks
    [InlineData(-14, 14, true)]    // due today
    [InlineData(-5, 0, false)]     // "on the due date" for a date that passed
    [InlineData(-5, -1, true)]     // overdue: still unpaid (the source lists only those), so it goes out
    [InlineData(0, 14, true)]      // today is always checked
    public void A_missed_reminder_goes_out_only_while_it_is_still_true(int dayOffset, int daysBefore, bool expected) =>
        Assert.Equal(expected, DateCatchUp.StillDue(Today.AddDays(dayOffset), daysBefore, Today));
}
