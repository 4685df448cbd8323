using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>Shortcuts of the forms admin tests: small definitions, the catalog in a scope, what is stored.</summary>
internal static class FormsTesting
{
    /// <summary>A valid definition with one required text field labelled <paramref name="label"/>.</summary>
    public static string Definition(string slug, string title = "Zkušební formulář", string label = "Jméno a příjmení") => $$"""
        {
          "slug": "{{slug}}",
          "title": "{{title}}",
          "steps": [
            {
              "id": "udaje",
              "title": "Vaše údaje",
              "sections": [
                {
                  "id": "zadatel",
                  "fields": [
                    { "id": "jmeno", "type": "text", "label": "{{label}}", "required": true, "maxLength": 200 },
                    { "id": "poznamka", "type": "long-text", "label": "Poznámka" }
                  ]
                }
              ]
            }
          ]
        }
        """;

    public static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public static Task<CatalogResult> CatalogAsync(this PortalApp app, Func<FormCatalog, Task<CatalogResult>> work) =>
        app.InScopeAsync(sp => work(sp.GetRequiredService<FormCatalog>()));

    /// <summary>Creates and publishes a form; returns its id.</summary>
    public static async Task<Form> PublishedFormAsync(this PortalApp app, string slug, string label = "Jméno a příjmení")
    {
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(Definition(slug, label: label), "redaktor@test.cz"))).Succeeded);
        var published = await app.CatalogAsync(c => c.PublishAsync(slug, "redaktor@test.cz"));
        Assert.True(published.Succeeded, published.Message);
        return published.Form!;
    }

    public static Task<Form> FormAsync(this PortalApp app, string slug) =>
        app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Forms.AsNoTracking().SingleAsync(f => f.Slug == slug));

    public static Task<List<FormVersion>> VersionsAsync(this PortalApp app, Guid formId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Versions.AsNoTracking()
            .Where(v => v.FormId == formId).OrderBy(v => v.Number).ToListAsync());

    /// <summary>A stored submission as the citizen pages store one, under the form's live version.</summary>
    public static async Task<FormSubmission> SubmissionAsync(this PortalApp app, Form form, string answersJson, string? name = "Jana Dvořáková")
    {
        var submission = new FormSubmission
        {
            Id = Guid.NewGuid(),
            Reference = FilingReference.New(DateTime.UtcNow.Year),
            FormId = form.Id,
            FormVersionId = form.LiveVersionId!.Value,
            SubmitterName = name,
            ContactEmail = "jana@example.cz",
            AnswersJson = answersJson,
            Sha256 = FormCatalog.Sha256(answersJson),
            SubmittedUtc = DateTime.UtcNow,
        };
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FormsDbContext>();
            db.Submissions.Add(submission);
            return await db.SaveChangesAsync();
        });
        return submission;
    }

    public static Task<int> EventCountAsync(this PortalApp app, string name, Guid formId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .CountAsync(e => e.Type == name && e.Payload.Contains(formId.ToString())));
}
