using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Setup;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Recipes;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>
/// The recipe step <c>Forms</c> (the sample recipe's one is checked in <see cref="FormsAdminPagesTests"/>): it publishes
/// each file of its folder, leaves an unchanged one alone when run again, and stops with the file's name and problems.
/// </summary>
public sealed class FormsRecipeStepTests(SharedPortalApp app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-forms-recipe-").FullName;

    [Fact]
    public async Task The_step_publishes_each_file_once_and_a_changed_file_becomes_the_next_version()
    {
        var slug = FormsTesting.NewSlug("recept");
        Directory.CreateDirectory(Path.Combine(_folder, "formulare"));
        var file = Path.Combine(_folder, "formulare", slug + ".json");
        await File.WriteAllTextAsync(file, FormsTesting.Definition(slug));

        await RunAsync("formulare");
        await RunAsync("formulare");
        var form = await app.FormAsync(slug);
        Assert.Single(await app.VersionsAsync(form.Id));
        Assert.Equal(1, await app.EventCountAsync("forms.form-published", form.Id));

        await File.WriteAllTextAsync(file, FormsTesting.Definition(slug, label: "Celé jméno"));
        await RunAsync("formulare");
        var versions = await app.VersionsAsync(form.Id);
        var live = (await app.FormAsync(slug)).LiveVersionId;
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(versions[1].Id, live);
        Assert.All(versions, v => Assert.NotNull(v.PublishedUtc));
    }

    [Fact]
    public async Task An_invalid_file_stops_the_step_naming_the_file_and_its_problems_and_stores_nothing_of_it()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "spatne"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "spatne", "rozbity-formular.json"), """{ "slug": "rozbity-formular", "title": "Rozbitý", "steps": [ { "id": "Krok 1" } ] }""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("spatne"));

        Assert.Contains("rozbity-formular.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.", error.Message, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Forms.AnyAsync(f => f.Slug == "rozbity-formular")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<bool> RunAsync(string folder) =>
        app.InScopeAsync(async sp =>
        {
            using var step = JsonDocument.Parse($$"""{ "name": "Forms", "folder": "{{folder}}" }""");
            await ActivatorUtilities.CreateInstance<FormsRecipeStep>(sp).ExecuteAsync(step.RootElement, new RecipeContext(_folder, DateTime.UtcNow), default);
            return true;
        });
}
