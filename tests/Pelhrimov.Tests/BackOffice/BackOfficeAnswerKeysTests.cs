using Pelhrimov.Core.BackOffice;

namespace Pelhrimov.Tests.BackOffice;

/// <summary>The keys of the last good answers: one person set and one query each, whatever the order of the ids.</summary>
public sealed class BackOfficeAnswerKeysTests
{
    [Fact]
    public void The_same_persons_in_another_order_or_repeated_share_a_key()
    {
        Assert.Equal(BackOfficeAnswerKeys.KeyOf(["OS-000001", "OS-000003"], "receivables"),
            BackOfficeAnswerKeys.KeyOf(["OS-000003", "OS-000001", "OS-000003"], "receivables"));
    }

    [Fact]
    public void Another_person_set_or_another_query_never_shares_a_key()
    {
        var keys = new[]
        {
            BackOfficeAnswerKeys.KeyOf(["OS-000001"], "receivables"),
            BackOfficeAnswerKeys.KeyOf(["OS-000002"], "receivables"),
            BackOfficeAnswerKeys.KeyOf(["OS-000001", "OS-000002"], "receivables"),
            BackOfficeAnswerKeys.KeyOf(["OS-000001"], "filings"),
            BackOfficeAnswerKeys.KeyOf(["OS-000001"], "receivable:ODP-2026-000001"),
            // Ids that would run together if they were only concatenated.
            BackOfficeAnswerKeys.KeyOf(["OS-00000", "1"], "receivables"),
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{64}$", k));
    }

    [Fact]
    public void The_notice_stamps_kept_data_with_its_Prague_time_and_says_when_nothing_is_kept()
    {
        var asOf = new DateTime(2026, 12, 4, 9, 15, 0, DateTimeKind.Utc);

        Assert.Equal("Údaje k 4.\u00A012.\u00A02026 10:15 — spisová služba teď neodpovídá, zobrazujeme poslední známý stav.",
            BackOfficeNotice.For(ConnectorResult.Cached(1, asOf), BackOfficeNotice.RecordsSystem));
        Assert.Null(BackOfficeNotice.For(ConnectorResult.Live(1, asOf), BackOfficeNotice.RecordsSystem));
        Assert.Equal("Finanční systém města teď neodpovídá a poslední známý stav nemáme uložený. Zkuste to prosím za chvíli znovu.",
            BackOfficeNotice.For(ConnectorResult.Unavailable<int>(), BackOfficeNotice.FinanceSystem));
    }
}
