using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Forms.Filling;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Forms.Samples;

/// <summary>
/// A site with the sample forms live (the sample recipe) and a citizen signed in with eID. One client address sends all
/// the submissions here, so the per-address limit on submissions is raised for it.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public HttpClient Citizen { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Forms:SubmissionsPerMinute"] = "1000" } });
        var cookies = new CookieContainer();
        await EidSignIn.SignInAsync(App.CreateClient(allowAutoRedirect: false, cookies: cookies), "jan-novak");
        Citizen = App.CreateClient(cookies: cookies);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// Every sample form filled end to end over HTTP without JavaScript, as its citizen would: anonymously, or signed in
/// with eID where the form asks for it; every step answered within the field's limits, check your answers, the
/// declaration, and a reference number for a submission that is stored.
/// </summary>
public sealed class SampleFormsFilledTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private const int MaxPosts = 60;

    public static TheoryData<string> Slugs() =>
        [.. Directory.GetFiles(Path.Combine(SampleFiles.Folder, "forms"), "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Each_sample_form_is_filled_end_to_end_to_a_stored_submission(string slug)
    {
        var form = FormDefinitionReader.Read(await File.ReadAllTextAsync(Path.Combine(SampleFiles.Folder, "forms", slug + ".json"))).Form!;
        var client = form.Access.Kind == AccessKind.Anyone ? fixture.App.CreateClient() : fixture.Citizen;
        var answers = new StepAnswers(form);

        var response = await TestForms.BeginAsync(client, slug);
        var posts = 0;
        while (!response.LandedOn().EndsWith("/kontrola", StringComparison.Ordinal))
        {
            Assert.True(++posts <= MaxPosts, $"{slug}: no way past {response.LandedOn()}.");
            var stepPath = response.LandedOn();
            Assert.StartsWith($"/formulare/{slug}/krok/", stepPath, StringComparison.Ordinal);
            var page = await response.ReadHtmlAsync();
            response.Dispose();
            var errors = page.QuerySelectorAll(".field-error[id$='-error']").Select(e => e.Id![..^"-error".Length]).ToList();
            if (posts > 1 && errors.Count > 0)
            {
                var names = errors.Select(id => page.QuerySelector($"#{id}, [id^='{id}']")?.GetAttribute("name") ?? id).ToList();
                Assert.True(answers.Retry(names), $"{slug} {stepPath}: {string.Join(" | ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()))}");
            }
            var (values, files) = answers.For(page.QuerySelector("form.smart-form")!);
            response = await TestForms.StepAsync(client, slug, stepPath[(stepPath.LastIndexOf('/') + 1)..], values, files);
        }
        response.Dispose();

        var reference = await TestForms.SubmitAsync(client, slug);
        var stored = await fixture.App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking()
            .Join(s.GetRequiredService<FormsDbContext>().Forms, x => x.FormId, f => f.Id, (x, f) => new { x.Reference, f.Slug })
            .SingleAsync(x => x.Reference == reference));
        Assert.Equal(slug, stored.Slug);
        var confirmation = await client.GetHtmlAsync($"/formulare/podani/{reference}");
        Assert.Contains(reference, confirmation.QuerySelector(".panel__reference")!.TextContent, StringComparison.Ordinal);
    }
}
