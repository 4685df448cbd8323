using Pelhrimov.Payments.Matching;
using Pelhrimov.Payments.Statements;

namespace Pelhrimov.Tests.Payments;

public sealed class PaymentMatcherTests
{
    [Fact]
    public void The_lines_of_a_real_statement_get_one_proposal_each_by_the_documented_rules()
    {
        var file = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc"));
        OpenReceivable[] receivables =
        [
            new("odpad-2026-novak", "2026000123", null, 1500.00m),
            new("psi-2026-stastna", "2026000124", null, 800.00m),
            new("najem-2026-12-kolar", "2026000125", null, 700.00m),
            new("zabor-2026-cerny-a", "2026000200", "1", 900.00m),
            new("zabor-2026-cerny-b", "2026000200", "2", 900.00m),
        ];

        var proposals = PaymentMatcher.Match(file.Lines, receivables);

        Assert.Equal(file.Lines.Select(l => l.Key), proposals.Select(p => p.LineKey));
        Assert.Equal(
            [MatchKind.Exact, MatchKind.Partial, MatchKind.Overpayment, MatchKind.Ambiguous, MatchKind.Unmatched, MatchKind.Unmatched,
             MatchKind.NotIncoming, MatchKind.NotIncoming],
            proposals.Select(p => p.Kind));
        Assert.Equal("odpad-2026-novak", proposals[0].ReceivableId);
        Assert.Equal((400.00m, 800.00m, 400.00m), (proposals[1].Amount, proposals[1].OutstandingBefore!.Value, proposals[1].Difference));
        Assert.Equal((300.00m, "najem-2026-12-kolar"), (proposals[2].Difference, proposals[2].ReceivableId));
        Assert.Equal(["zabor-2026-cerny-a", "zabor-2026-cerny-b"], proposals[3].Candidates);
        Assert.Null(proposals[3].ReceivableId);
        Assert.Contains("nemá variabilní symbol", proposals[4].Reason);
        Assert.Contains("Variabilní symbol 777777 nemá žádná otevřená pohledávka", proposals[5].Reason);
        Assert.Contains("Odchozí platba", proposals[6].Reason);
        Assert.Contains("Storno", proposals[7].Reason);
    }

    [Fact]
    public void Symbols_are_compared_without_leading_zeros()
    {
        var proposal = PaymentMatcher.Match([Line("1", 500m, vs: "123")], [new("r", "0000000123", null, 500m)]).Single();

        Assert.Equal((MatchKind.Exact, "r"), (proposal.Kind, proposal.ReceivableId));
    }

    [Fact]
    public void A_specific_symbol_picks_among_receivables_sharing_the_variable_symbol()
    {
        OpenReceivable[] receivables = [new("odpad", "8001", "1337", 800m), new("pes", "8001", "1338", 1500m)];

        var proposal = PaymentMatcher.Match([Line("1", 800m, vs: "8001", ss: "1338")], receivables).Single();

        Assert.Equal((MatchKind.Partial, "pes", 700m), (proposal.Kind, proposal.ReceivableId, proposal.Difference));
    }

    [Fact]
    public void A_specific_symbol_that_no_candidate_has_is_ignored_as_a_payers_typo()
    {
        var proposal = PaymentMatcher.Match([Line("1", 800m, vs: "8001", ss: "9999")], [new("odpad", "8001", "1337", 800m)]).Single();

        Assert.Equal((MatchKind.Exact, "odpad"), (proposal.Kind, proposal.ReceivableId));
    }

    [Fact]
    public void The_amount_picks_among_several_receivables_only_when_exactly_one_still_has_it_outstanding()
    {
        OpenReceivable[] receivables = [new("a", "55", null, 800m), new("b", "55", null, 1500m), new("c", "55", null, 1500m)];

        var proposals = PaymentMatcher.Match([Line("1", 800m, vs: "55"), Line("2", 1500m, vs: "55"), Line("3", 100m, vs: "55")], receivables);

        Assert.Equal((MatchKind.Exact, "a"), (proposals[0].Kind, proposals[0].ReceivableId));
        Assert.Equal(MatchKind.Ambiguous, proposals[1].Kind);
        Assert.Equal(["b", "c"], proposals[1].Candidates);
        // "a" was paid in full by the first line, so it is no longer offered.
        Assert.Equal(MatchKind.Ambiguous, proposals[2].Kind);
        Assert.Equal(["b", "c"], proposals[2].Candidates);
    }

    [Fact]
    public void Earlier_lines_lower_what_later_lines_find_outstanding()
    {
        OpenReceivable[] receivables = [new("odpad", "77", null, 1000m)];

        var proposals = PaymentMatcher.Match([Line("1", 400m, vs: "77"), Line("2", 600m, vs: "77"), Line("3", 1000m, vs: "77")], receivables);

        Assert.Equal([MatchKind.Partial, MatchKind.Exact, MatchKind.Overpayment], proposals.Select(p => p.Kind));
        Assert.Equal([1000m, 600m, 0m], proposals.Select(p => p.OutstandingBefore!.Value));
        Assert.Equal(1000m, proposals[2].Difference);
    }

    [Fact]
    public void Foreign_currency_credits_are_not_payments_of_receivables()
    {
        var proposal = PaymentMatcher.Match([Line("1", 60m, vs: "77") with { Currency = "EUR" }], [new("r", "77", null, 60m)]).Single();

        Assert.Equal(MatchKind.NotIncoming, proposal.Kind);
        Assert.Contains("v měně EUR", proposal.Reason);
    }

    [Fact]
    public void The_same_input_always_gives_the_same_proposals_whatever_the_order_of_the_receivables()
    {
        OpenReceivable[] receivables = [new("b", "55", null, 800m), new("a", "55", null, 900m), new("c", "56", null, 100m)];
        StatementLine[] lines = [Line("1", 700m, vs: "55"), Line("2", 100m, vs: "56"), Line("3", 100m, vs: "56")];

        var first = PaymentMatcher.Match(lines, receivables);
        var second = PaymentMatcher.Match(lines, receivables.Reverse());

        Assert.Equal(first.Select(p => (p.Kind, p.ReceivableId, string.Join(",", p.Candidates), p.Difference)),
            second.Select(p => (p.Kind, p.ReceivableId, string.Join(",", p.Candidates), p.Difference)));
        Assert.Equal(["a", "b"], first[0].Candidates);
    }

    private static StatementLine Line(string key, decimal amount, string? vs = null, string? ss = null) => new()
    {
        Key = key,
        LineNumber = 1,
        Direction = Direction.Credit,
        Amount = amount,
        BookingDate = new DateOnly(2026, 11, 29),
        VariableSymbol = vs,
        SpecificSymbol = ss,
    };
}
