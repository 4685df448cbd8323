namespace Pelhrimov.Tests.Search;

/// <summary>hits@1, hits@3 and mean reciprocal rank of a set of judged queries (docs/search.md, "Relevance").</summary>
internal sealed record RelevanceMeasure(int Queries, double HitsAt1, double HitsAt3, double Mrr)
{
    public static RelevanceMeasure Of(PortalApp app, IReadOnlyList<(string Query, string Url)> judgements, ITestOutputHelper output)
    {
        int at1 = 0, at3 = 0;
        var reciprocalRanks = 0.0;
        foreach (var (query, expected) in judgements)
        {
            var urls = app.Urls(query);
            var rank = urls.ToList().IndexOf(expected) + 1;
            at1 += rank == 1 ? 1 : 0;
            at3 += rank is >= 1 and <= 3 ? 1 : 0;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank != 1)
            {
                output.WriteLine($"'{query}': expected {expected} at rank {(rank == 0 ? "none" : rank)}; got {string.Join(", ", urls.Take(3))}");
            }
        }
        var n = judgements.Count;
        var measure = new RelevanceMeasure(n, (double)at1 / n, (double)at3 / n, reciprocalRanks / n);
        output.WriteLine($"{n} queries: hits@1 = {measure.HitsAt1:F3}, hits@3 = {measure.HitsAt3:F3}, MRR = {measure.Mrr:F3}");
        return measure;
    }
}
