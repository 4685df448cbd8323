using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Tests.Core.Formatting;

public sealed class CzechFormatTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void Date_is_day_month_year_with_non_breaking_spaces()
    {
        Assert.Equal($"29.{Nbsp}11.{Nbsp}2026", CzechFormat.Date(Utc(2026, 11, 29, 10, 0)));
    }

    [Fact]
    public void Date_is_the_day_in_Prague_not_in_UTC()
    {
        // 23:30 UTC in winter is 0:30 the next day in Prague; in summer 22:30 UTC is 0:30 too.
        Assert.Equal($"30.{Nbsp}11.{Nbsp}2026", CzechFormat.Date(Utc(2026, 11, 29, 23, 30)));
        Assert.Equal($"1.{Nbsp}7.{Nbsp}2026", CzechFormat.Date(Utc(2026, 6, 30, 22, 30)));
    }

    [Fact]
    public void Date_and_time_uses_the_24_hour_clock_in_Prague_time()
    {
        Assert.Equal($"29.{Nbsp}11.{Nbsp}2026 14:05", CzechFormat.DateAndTime(Utc(2026, 11, 29, 13, 5)));
    }

    [Fact]
    public void Long_date_names_the_month_in_the_genitive()
    {
        Assert.Equal($"29.{Nbsp}listopadu 2026", CzechFormat.LongDate(Utc(2026, 11, 29, 10, 0)));
    }

    [Theory]
    [InlineData("1500", "1\u00A0500\u00A0Kč")]
    [InlineData("1500.50", "1\u00A0500,50\u00A0Kč")]
    [InlineData("0", "0\u00A0Kč")]
    [InlineData("1234567", "1\u00A0234\u00A0567\u00A0Kč")]
    [InlineData("-250", "-250\u00A0Kč")]
    public void Money_groups_thousands_and_shows_halere_only_when_there_are_some(string amount, string expected)
    {
        Assert.Equal(expected, CzechFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Iso_date_is_the_Prague_day_for_machine_readable_attributes()
    {
        Assert.Equal("2026-11-30", CzechFormat.Iso(Utc(2026, 11, 29, 23, 30)));
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
