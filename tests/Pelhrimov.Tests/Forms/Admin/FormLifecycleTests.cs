using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Services;
using Microsoft.EntityFrameworkCore;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>
/// The lifecycle of forms through <see cref="FormCatalog"/> on the running app's database: draft, publish (which
/// freezes the version), next draft, archive and restore, copy; one live version however many editors publish at once.
/// </summary>
public sealed class FormLifecycleTests(SharedPortalApp app)
{
    private const string Editor = "redaktor@test.cz";

    [Fact]
    public async Task Publishing_freezes_the_version_so_editing_and_publishing_the_next_draft_never_changes_it()
    {
        var slug = FormsTesting.NewSlug("zmrazeni");
        var form = await app.PublishedFormAsync(slug, label: "Jméno");
        var v1 = Assert.Single(await app.VersionsAsync(form.Id));
        Assert.NotNull(v1.PublishedUtc);
        Assert.Equal(FormState.Live, form.State);

        Assert.True((await app.CatalogAsync(c => c.StartDraftAsync(slug, Editor))).Succeeded);
        var edited = FormsTesting.Definition(slug, title: "Zkušební formulář 2027", label: "Celé jméno");
        Assert.True((await app.CatalogAsync(c => c.SaveDraftAsync(slug, edited, Editor))).Succeeded);

        var versions = await app.VersionsAsync(form.Id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal((v1.DefinitionJson, v1.Sha256, v1.PublishedUtc), (versions[0].DefinitionJson, versions[0].Sha256, versions[0].PublishedUtc));
        Assert.Equal(edited, versions[1].DefinitionJson);
        Assert.Null(versions[1].PublishedUtc);
        Assert.Equal((v1.Id, versions[1].Id, "Zkušební formulář"), await LiveDraftTitleAsync(slug));

        Assert.True((await app.CatalogAsync(c => c.PublishAsync(slug, Editor))).Succeeded);
        var after = await app.VersionsAsync(form.Id);
        Assert.Equal(v1.DefinitionJson, after[0].DefinitionJson);
        Assert.Equal((after[1].Id, (Guid?)null, "Zkušební formulář 2027"), await LiveDraftTitleAsync(slug));
        Assert.Equal(2, await app.EventCountAsync("forms.form-published", form.Id));

        // A published version cannot be edited: without a draft there is nothing to save into.
        var refused = await app.CatalogAsync(c => c.SaveDraftAsync(slug, FormsTesting.Definition(slug, label: "Přepsáno"), Editor));
        Assert.Equal(CatalogOutcome.Invalid, refused.Outcome);
        Assert.Equal(edited, (await app.VersionsAsync(form.Id))[1].DefinitionJson);
    }

    [Fact]
    public async Task A_submission_keeps_the_version_it_was_filled_under_when_a_next_version_is_published()
    {
        var slug = FormsTesting.NewSlug("podani-verze");
        var form = await app.PublishedFormAsync(slug);
        var submission = await app.SubmissionAsync(form, """{"fields":{"jmeno":{"text":"Jana"}}}""");

        Assert.True((await app.CatalogAsync(c => c.StartDraftAsync(slug, Editor))).Succeeded);
        Assert.True((await app.CatalogAsync(c => c.PublishAsync(slug, Editor))).Succeeded);

        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().SingleAsync(s => s.Id == submission.Id));
        Assert.Equal(form.LiveVersionId, stored.FormVersionId);
        Assert.NotEqual(form.LiveVersionId, (await app.FormAsync(slug)).LiveVersionId);
    }

    [Fact]
    public async Task Of_several_editors_publishing_the_same_draft_at_once_exactly_one_succeeds_and_one_version_is_live()
    {
        var slug = FormsTesting.NewSlug("soubezne");
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug), Editor))).Succeeded);
        var draft = (await app.FormAsync(slug)).DraftVersionId!.Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => app.CatalogAsync(c => c.PublishAsync(slug, Editor, draft)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(CatalogOutcome.Conflict, r.Outcome));
        var form = await app.FormAsync(slug);
        Assert.Equal((FormState.Live, (Guid?)draft, (Guid?)null), (form.State, form.LiveVersionId, form.DraftVersionId));
        Assert.Single(await app.VersionsAsync(form.Id), v => v.PublishedUtc is not null);
        Assert.Equal(1, await app.EventCountAsync("forms.form-published", form.Id));
    }

    [Fact]
    public async Task An_invalid_definition_and_a_new_slug_for_a_published_form_are_refused_and_store_nothing()
    {
        var slug = FormsTesting.NewSlug("neplatny");
        Assert.Equal(CatalogOutcome.Invalid, (await app.CatalogAsync(c => c.CreateAsync("""{"slug":"x","title":""}""", Editor))).Outcome);
        var form = await app.PublishedFormAsync(slug);
        Assert.True((await app.CatalogAsync(c => c.StartDraftAsync(slug, Editor))).Succeeded);
        var before = await app.VersionsAsync(form.Id);

        var invalid = await app.CatalogAsync(c => c.SaveDraftAsync(slug, "{ \"slug\": ", Editor));
        var moved = await app.CatalogAsync(c => c.SaveDraftAsync(slug, FormsTesting.Definition(slug + "-nova"), Editor));

        Assert.Equal(CatalogOutcome.Invalid, invalid.Outcome);
        Assert.NotEmpty(invalid.Problems);
        Assert.Equal(CatalogOutcome.Invalid, moved.Outcome);
        Assert.Contains(moved.Problems, p => p.Path == "$.slug");
        Assert.Equal(before.Select(v => v.DefinitionJson), (await app.VersionsAsync(form.Id)).Select(v => v.DefinitionJson));
        Assert.Equal(slug, (await app.FormAsync(slug)).Slug);
    }

    [Fact]
    public async Task Archiving_stops_a_form_restoring_brings_back_its_live_version_and_a_copy_starts_as_a_draft()
    {
        var slug = FormsTesting.NewSlug("archiv");
        var form = await app.PublishedFormAsync(slug);

        Assert.True((await app.CatalogAsync(c => c.ArchiveAsync(slug, Editor))).Succeeded);
        Assert.Equal(FormState.Archived, (await app.FormAsync(slug)).State);
        Assert.True((await app.CatalogAsync(c => c.RestoreAsync(slug, Editor))).Succeeded);
        var restored = await app.FormAsync(slug);
        Assert.Equal((FormState.Live, form.LiveVersionId), (restored.State, restored.LiveVersionId));

        var copySlug = slug + "-kopie";
        var copy = await app.CatalogAsync(c => c.CopyAsync(slug, copySlug, Editor));
        Assert.True(copy.Succeeded, string.Join(" ", copy.Problems.Select(p => p.Message)));
        var copied = await app.FormAsync(copySlug);
        Assert.Equal((FormState.Draft, (Guid?)null), (copied.State, copied.LiveVersionId));
        Assert.Contains($"\"{copySlug}\"", Assert.Single(await app.VersionsAsync(copied.Id)).DefinitionJson);

        // Discarding the only draft of a never-published form deletes it.
        Assert.True((await app.CatalogAsync(c => c.DiscardDraftAsync(copySlug, Editor))).Succeeded);
        Assert.Null(await app.InScopeAsync(sp => sp.GetRequiredService<FormCatalog>().FindAsync(copySlug)));
    }

    private Task<(Guid?, Guid?, string)> LiveDraftTitleAsync(string slug) =>
        app.InScopeAsync(async sp =>
        {
            var f = await sp.GetRequiredService<FormsDbContext>().Forms.AsNoTracking().SingleAsync(x => x.Slug == slug);
            return (f.LiveVersionId, f.DraftVersionId, f.Title);
        });
}
