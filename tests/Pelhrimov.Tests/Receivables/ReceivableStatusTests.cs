using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Tests.Receivables;

public sealed class ReceivableStatusTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    [Theory]
    [InlineData(0, "2026-03-31", false, ReceivableStatus.Open)]
    [InlineData(100, "2026-03-31", false, ReceivableStatus.PartiallyPaid)]
    [InlineData(500, "2026-03-31", false, ReceivableStatus.Paid)]
    [InlineData(700, "2026-03-01", false, ReceivableStatus.Paid)]
    [InlineData(0, "2026-04-01", false, ReceivableStatus.Overdue)]
    [InlineData(100, "2026-04-01", false, ReceivableStatus.Overdue)]
    [InlineData(500, "2026-04-01", false, ReceivableStatus.Paid)]
    [InlineData(0, "2026-04-01", true, ReceivableStatus.Cancelled)]
    [InlineData(100, "2026-03-01", true, ReceivableStatus.Cancelled)]
    public void The_status_follows_from_amount_payments_due_date_and_cancellation(int paid, string today, bool cancelled, ReceivableStatus expected)
    {
        Assert.Equal(expected, ReceivableStatuses.Of(500m, paid, Due, cancelled, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_status_has_its_Czech_name()
    {
        Assert.Equal(["otevřená", "částečně uhrazená", "uhrazená", "po splatnosti", "stornovaná"],
            Enum.GetValues<ReceivableStatus>().Select(s => s.Label()));
    }
}
