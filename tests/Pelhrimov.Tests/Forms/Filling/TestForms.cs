using System.Net;
using System.Text.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Caching;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Tests.Forms.Filling;

/// <summary>Forms the filling tests publish straight into the module's tables (the admin's own tests cover publishing).</summary>
internal static class TestForms
{
    /// <summary>Anonymous, three steps, a condition, a file, a declaration: a broken street light.</summary>
    public static string StreetLight(string slug) => $$"""
        {
          "slug": "{{slug}}",
          "title": "Hlášení nesvítící lampy",
          "summary": "Nahlaste nesvítící nebo poškozené veřejné osvětlení.",
          "access": { "kind": "anyone" },
          "department": "Odbor správy majetku",
          "steps": [
            { "id": "misto", "title": "Kde lampa je", "sections": [ { "id": "misto-udaje", "fields": [
              { "id": "ulice", "type": "text", "label": "Ulice nebo místo", "required": true, "errors": { "required": "Zadejte ulici nebo místo" } },
              { "id": "stozar", "type": "text", "label": "Číslo stožáru", "hint": "Najdete ho na štítku na stožáru." },
              { "id": "zavada", "type": "choice", "label": "Co se děje", "required": true, "choices": [
                { "value": "nesviti", "label": "Nesvítí" }, { "value": "blika", "label": "Bliká" }, { "value": "poskozena", "label": "Je poškozená" } ] }
            ] } ] },
            { "id": "popis", "title": "Popis", "sections": [ { "id": "popis-udaje", "fields": [
              { "id": "popis-zavady", "type": "long-text", "label": "Popis závady", "required": true, "maxLength": 2000 },
              { "id": "foto", "type": "file", "label": "Fotografie", "accept": ["image/jpeg", "image/png"], "maxBytes": 1048576 }
            ] } ] },
            { "id": "kontakt", "title": "Kontakt", "sections": [ { "id": "kontakt-udaje", "fields": [
              { "id": "odpoved", "type": "yes-no", "label": "Chcete vědět, jak jsme závadu vyřešili?", "required": true },
              { "id": "email", "type": "email", "label": "E-mail", "required": true, "showWhen": { "field": "odpoved", "equals": "ano" } }
            ] } ] }
          ],
          "declaration": "Prohlašuji, že uvedené údaje jsou pravdivé."
        }
        """;

    /// <summary>Identified citizens only: verified pre-fill, a repeatable group with a cap, a computed fee.</summary>
    public static string Dogs(string slug) => $$"""
        {
          "slug": "{{slug}}",
          "title": "Ohlášení psa (test)",
          "access": { "kind": "identified", "minimumLevel": "substantial" },
          "steps": [
            { "id": "drzitel", "title": "Držitel psa", "sections": [ { "id": "drzitel-udaje", "fields": [
              { "id": "jmeno", "type": "text", "label": "Jméno a příjmení", "required": true, "prefill": "identity.name" },
              { "id": "narozeni", "type": "date", "label": "Datum narození", "required": true, "prefill": "identity.date-of-birth" },
              { "id": "telefon", "type": "phone", "label": "Telefon" }
            ] } ] },
            { "id": "psi", "title": "Psi", "sections": [
              { "id": "pes", "title": "Vaši psi", "repeat": { "min": 1, "max": 3, "addLabel": "Přidat dalšího psa", "itemLabel": "Pes {n}" }, "fields": [
                { "id": "jmeno-psa", "type": "text", "label": "Jméno psa", "required": true }
              ] },
              { "id": "poplatek", "fields": [
                { "id": "senior", "type": "yes-no", "label": "Je vám více než 65 let?", "required": true },
                { "id": "castka", "type": "computed", "label": "Poplatek za rok", "expression": "count(pes) * if(senior = \"ano\", 200, 1500)", "format": "amount" }
              ] }
            ] }
          ]
        }
        """;

    /// <summary>Publishes <paramref name="json"/> as version 1 (or the next version of the same slug) and makes the site see it.</summary>
    public static async Task<Guid> PublishAsync(PortalApp app, string slug, string json, FormState state = FormState.Live)
    {
        var formId = await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<FormsDbContext>();
            var now = DateTime.UtcNow;
            var form = await db.Forms.FirstOrDefaultAsync(f => f.Slug == slug);
            if (form is null)
            {
                form = new Form { Id = Guid.NewGuid(), Slug = slug, Title = "", CreatedUtc = now, Stamp = Guid.NewGuid() };
                db.Forms.Add(form);
            }
            var number = await db.Versions.Where(v => v.FormId == form.Id).Select(v => (int?)v.Number).MaxAsync() ?? 0;
            var version = new FormVersion
            {
                Id = Guid.NewGuid(),
                FormId = form.Id,
                Number = number + 1,
                DefinitionJson = json,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
                CreatedUtc = now,
                CreatedBy = "test",
                PublishedUtc = now,
                PublishedBy = "test",
            };
            db.Versions.Add(version);
            form.LiveVersionId = version.Id;
            form.Title = JsonDocument.Parse(json).RootElement.GetProperty("title").GetString()!;
            form.State = state;
            form.UpdatedUtc = now;
            form.Stamp = Guid.NewGuid();
            await db.SaveChangesAsync();
            return form.Id;
        });
        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PublicPageCacheInvalidator>().InvalidateAsync();
            return 0;
        });
        return formId;
    }

    public static Task SetStateAsync(PortalApp app, string slug, FormState state) =>
        app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<FormsDbContext>();
            var form = await db.Forms.SingleAsync(f => f.Slug == slug);
            form.State = state;
            form.Stamp = Guid.NewGuid();
            await db.SaveChangesAsync();
            await s.GetRequiredService<PublicPageCacheInvalidator>().InvalidateAsync();
            return 0;
        });

    /// <summary>Starts a fill from the start page; answers the first step's page.</summary>
    public static async Task<HttpResponseMessage> BeginAsync(HttpClient client, string slug) =>
        await AntiforgeryForm.PostAsync(client, $"/formulare/{slug}", new Dictionary<string, string?>(), "form[action$='/zacit']");

    /// <summary>Posts the step page's form with <paramref name="values"/> (and "Pokračovat" unless told otherwise).</summary>
    public static Task<HttpResponseMessage> StepAsync(
        HttpClient client, string slug, string step, Dictionary<string, string?> values, IReadOnlyList<FormFile>? files = null)
    {
        values.TryAdd("akce", "pokracovat");
        return AntiforgeryForm.PostAsync(client, $"/formulare/{slug}/krok/{step}", values, "form.smart-form", files);
    }

    public static async Task<string> SubmitAsync(HttpClient client, string slug, bool declare = true)
    {
        using var response = await AntiforgeryForm.PostAsync(client, $"/formulare/{slug}/kontrola",
            new Dictionary<string, string?> { ["prohlaseni"] = declare ? "ano" : null }, "form[action$='/odeslat']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/formulare/podani/", path);
        return path["/formulare/podani/".Length..];
    }
}
