namespace Pelhrimov.FormsBench;

/// <summary>A fill of the sample form "Hlášení závady na veřejném osvětlení" brought to its check-your-answers page.</summary>
public sealed record PreparedFill(Citizen Citizen, string CheckPage);

/// <summary>Timings of one fill's pages: the two step pages (GET) and the two step posts.</summary>
public sealed record FillTimings(double[] StepGets, double[] StepPosts);

/// <summary>
/// The anonymous street-light report (<c>/formulare/zavada-verejneho-osvetleni</c>) filled as a browser without
/// JavaScript does: the start page, "Začít", step 1 (where, what), step 2 (wants an answer: yes, with an e-mail),
/// check your answers, submit. Every post carries the page's antiforgery token and hidden fields.
/// </summary>
public static class StreetLightReport
{
    public const string Slug = "zavada-verejneho-osvetleni";

    private const string Start = "/formulare/" + Slug;

    private static readonly string[] Places = ["Nádražní u autobusové zastávky", "Masarykovo náměstí 1", "Humpolecká 12", "Pražská u mostu"];

    private static readonly string[] Kinds = ["nesviti", "sviti-ve-dne", "blika", "sloup", "kabel"];

    public static async Task<(PreparedFill Fill, FillTimings Timings)> PrepareAsync(HttpClient http, int number)
    {
        var citizen = new Citizen(http);
        var (start, _) = await citizen.GetAsync(Start);
        var (firstStep, _) = await citizen.PostAsync(Start + "/zacit", start, new Dictionary<string, string>());
        Citizen.Expect(firstStep.EndsWith("/krok/krok-zavada", StringComparison.Ordinal), $"Začít led to {firstStep}");
        var (page1, get1) = await citizen.GetAsync(firstStep);
        var (secondStep, post1) = await citizen.PostAsync(firstStep, page1, new Dictionary<string, string>
        {
            ["cislo-svitidla"] = $"VO {1000 + number % 9000}",
            ["misto"] = Places[number % Places.Length],
            ["druh-zavady"] = Kinds[number % Kinds.Length],
        });
        Citizen.Expect(secondStep.EndsWith("/krok/krok-kontakt", StringComparison.Ordinal), $"step 1 led to {secondStep}");
        var (page2, get2) = await citizen.GetAsync(secondStep);
        var (check, post2) = await citizen.PostAsync(secondStep, page2, new Dictionary<string, string>
        {
            ["chci-odpoved"] = "ano",
            ["email"] = $"obcan{number}@example.cz",
        });
        Citizen.Expect(check.EndsWith("/kontrola", StringComparison.Ordinal), $"step 2 led to {check}");
        var (checkPage, _) = await citizen.GetAsync(check);
        return (new PreparedFill(citizen, checkPage), new FillTimings([get1, get2], [post1, post2]));
    }

    /// <summary>"Odeslat formulář": the reference number the confirmation page is at, and the time to the redirect.</summary>
    public static async Task<(string Reference, double Ms)> SubmitAsync(PreparedFill fill)
    {
        var (confirmation, ms) = await fill.Citizen.PostAsync(Start + "/odeslat", fill.CheckPage, new Dictionary<string, string>());
        const string prefix = "/formulare/podani/";
        Citizen.Expect(confirmation.StartsWith(prefix, StringComparison.Ordinal), $"submit led to {confirmation}");
        return (Uri.UnescapeDataString(confirmation[prefix.Length..]), ms);
    }
}
