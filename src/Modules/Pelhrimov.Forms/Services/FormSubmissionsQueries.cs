using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Services;

/// <summary>A row of the admin list of forms.</summary>
public sealed record FormListRow(Form Form, int? LiveNumber, int? DraftNumber, int Submissions);

/// <summary>A row of a form's submissions.</summary>
public sealed record SubmissionRow(string Reference, DateTime SubmittedUtc, string? SubmitterName, int VersionNumber);

public sealed record SubmissionsPage(IReadOnlyList<SubmissionRow> Rows, int Total, int Page, int PageCount);

/// <summary>One answer as staff read it: the field's label and the displayed value (plain text; the page escapes it).</summary>
public sealed record AnswerLine(string Label, string Value);

/// <summary>A section of answers; a repeatable section's item is a section of its own ("Pes 2").</summary>
public sealed record AnswerSection(string Heading, IReadOnlyList<AnswerLine> Lines);

/// <summary>A submission with the version it was filled under and its answers laid out by that version.</summary>
public sealed record SubmissionDetail(
    FormSubmission Submission, FormVersion Version, IReadOnlyList<AnswerSection> Sections, IReadOnlyList<FormAttachment> Attachments);

/// <summary>
/// What staff read: the list of forms with their counts, a form's submissions page by page, a submission laid out by
/// the version it was filled under (never the current one), and the exports (CSV for Excel, JSON).
/// </summary>
public sealed class FormSubmissionsQueries(FormsDbContext db)
{
    public const int PageSize = 50;

    private static readonly JsonSerializerOptions AnswersJson = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<FormListRow>> ListFormsAsync(CancellationToken cancellationToken)
    {
        var forms = await db.Forms.AsNoTracking().OrderBy(f => f.Title).ToListAsync(cancellationToken);
        var numbers = await db.Versions.AsNoTracking().Select(v => new { v.Id, v.Number }).ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
        var counts = await db.Submissions.AsNoTracking().GroupBy(s => s.FormId)
            .Select(g => new { FormId = g.Key, Count = g.Count() }).ToDictionaryAsync(c => c.FormId, c => c.Count, cancellationToken);
        return [.. forms.Select(f => new FormListRow(f,
            f.LiveVersionId is { } l ? numbers.GetValueOrDefault(l) : null,
            f.DraftVersionId is { } d ? numbers.GetValueOrDefault(d) : null,
            counts.GetValueOrDefault(f.Id)))];
    }

    public async Task<SubmissionsPage> SubmissionsAsync(Guid formId, int page, CancellationToken cancellationToken)
    {
        var query = db.Submissions.AsNoTracking().Where(s => s.FormId == formId);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(s => s.SubmittedUtc).ThenBy(s => s.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Versions, s => s.FormVersionId, v => v.Id, (s, v) => new SubmissionRow(s.Reference, s.SubmittedUtc, s.SubmitterName, v.Number))
            .ToListAsync(cancellationToken);
        return new SubmissionsPage(rows, total, page, pageCount);
    }

    public async Task<SubmissionDetail?> SubmissionAsync(Guid formId, string reference, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.FormId == formId && s.Reference == reference, cancellationToken);
        if (submission is null)
        {
            return null;
        }
        var version = await db.Versions.AsNoTracking().FirstAsync(v => v.Id == submission.FormVersionId, cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.SubmissionId == submission.Id).OrderBy(a => a.InputName).ToListAsync(cancellationToken);
        return new SubmissionDetail(submission, version, Layout(version, submission.AnswersJson), attachments);
    }

    public Task<FormAttachment?> AttachmentAsync(Guid formId, string reference, Guid attachmentId, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Join(db.Submissions.Where(s => s.FormId == formId && s.Reference == reference), a => a.SubmissionId, s => s.Id, (a, _) => a)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Every submission of the form as CSV: reference, time, version, submitter, e-mail, SHA-256, then one column per
    /// field of the versions they were filled under (the newest version's fields first; a repeatable section's items
    /// joined with " | ").
    /// </summary>
    public async Task<byte[]> CsvAsync(Guid formId, CancellationToken cancellationToken)
    {
        var (submissions, versions) = await AllAsync(formId, cancellationToken);
        var columns = new List<(string Key, string Label)>();
        foreach (var version in versions.Values.OrderByDescending(v => v.Number))
        {
            foreach (var (key, label, _) in Fields(version))
            {
                if (!columns.Exists(c => c.Key == key))
                {
                    columns.Add((key, label));
                }
            }
        }
        var rows = submissions.Select(s =>
        {
            var values = Values(versions[s.FormVersionId], s.AnswersJson);
            IReadOnlyList<string> row =
            [
                s.Reference,
                CzechFormat.DateAndTime(s.SubmittedUtc),
                versions[s.FormVersionId].Number.ToString(CultureInfo.InvariantCulture),
                s.SubmitterName ?? "",
                s.ContactEmail ?? "",
                s.Sha256,
                .. columns.Select(c => values.GetValueOrDefault(c.Key) ?? ""),
            ];
            return row;
        });
        return CsvDocument.Write(["Číslo podání", "Podáno", "Verze formuláře", "Podal", "E-mail", "SHA-256", .. columns.Select(c => c.Label)], rows);
    }

    /// <summary>Every submission of the form as a JSON array, the answers as they are stored.</summary>
    public async Task<byte[]> JsonAsync(Guid formId, CancellationToken cancellationToken)
    {
        var (submissions, versions) = await AllAsync(formId, cancellationToken);
        var array = new JsonArray([.. submissions.Select(s => (JsonNode)new JsonObject
        {
            ["reference"] = s.Reference,
            ["submittedUtc"] = s.SubmittedUtc.ToString("O", CultureInfo.InvariantCulture),
            ["formVersion"] = versions[s.FormVersionId].Number,
            ["submitterName"] = s.SubmitterName,
            ["contactEmail"] = s.ContactEmail,
            ["sha256"] = s.Sha256,
            ["answers"] = JsonNode.Parse(s.AnswersJson),
        })]);
        return JsonSerializer.SerializeToUtf8Bytes(array, DefinitionJson.Options);
    }

    /// <summary>Submissions per form in each of the last <paramref name="weeks"/> weeks (Monday to Sunday, the current one last).</summary>
    public async Task<FormsWeekly> WeeklyAsync(DateOnly today, int weeks, CancellationToken cancellationToken)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var starts = Enumerable.Range(0, weeks).Select(i => monday.AddDays(-7 * (weeks - 1 - i))).ToList();
        var from = starts[0].AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); // a day early: Prague is ahead of UTC
        var times = await db.Submissions.AsNoTracking().Where(s => s.SubmittedUtc >= from)
            .Select(s => new { s.FormId, s.SubmittedUtc }).ToListAsync(cancellationToken);
        var forms = await db.Forms.AsNoTracking().Select(f => new { f.Id, f.Title }).ToDictionaryAsync(f => f.Id, f => f.Title, cancellationToken);
        var rows = times.GroupBy(t => t.FormId)
            .Select(g =>
            {
                var counts = new long[weeks];
                foreach (var t in g)
                {
                    var day = DateOnly.FromDateTime(CzechFormat.ToLocal(t.SubmittedUtc));
                    var index = starts.FindLastIndex(s => s <= day);
                    if (index >= 0)
                    {
                        counts[index]++;
                    }
                }
                return new FormWeeklyRow(forms.GetValueOrDefault(g.Key) ?? "?", counts);
            })
            .Where(r => r.Counts.Sum() > 0)
            .OrderByDescending(r => r.Counts.Sum()).ThenBy(r => r.Title, StringComparer.Create(CultureInfo.GetCultureInfo("cs-CZ"), false))
            .ToList();
        return new FormsWeekly(starts, rows);
    }

    private async Task<(List<FormSubmission> Submissions, Dictionary<Guid, FormVersion> Versions)> AllAsync(Guid formId, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.FormId == formId)
            .OrderBy(s => s.SubmittedUtc).ThenBy(s => s.Reference).ToListAsync(cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.FormId == formId).ToDictionaryAsync(v => v.Id, cancellationToken);
        return (submissions, versions);
    }

    private static FormDefinition? Definition(FormVersion version) => FormDefinitionReader.Read(version.DefinitionJson).Form;

    private static FormAnswers Answers(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FormAnswers>(json, AnswersJson) ?? new FormAnswers();
        }
        catch (JsonException)
        {
            return new FormAnswers();
        }
    }

    /// <summary>The fields that hold answers, in the order of the form: (column key, label, field).</summary>
    private static IEnumerable<(string Key, string Label, FormField Field)> Fields(FormVersion version) =>
        Definition(version)?.Steps.SelectMany(step => step.Sections.SelectMany(section => section.Fields
            .Where(f => f.Type != FieldType.Info)
            .Select(f => (section.Repeat is null ? f.Id : $"{section.Id}.{f.Id}", section.Repeat is null ? f.Label : $"{section.Title ?? section.Id}: {f.Label}", f))))
        ?? [];

    private static Dictionary<string, string> Values(FormVersion version, string answersJson)
    {
        var answers = Answers(answersJson);
        var definition = Definition(version);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (definition is null)
        {
            return values;
        }
        foreach (var section in definition.Steps.SelectMany(s => s.Sections))
        {
            foreach (var field in section.Fields.Where(f => f.Type != FieldType.Info))
            {
                if (section.Repeat is null)
                {
                    if (answers.Fields.TryGetValue(field.Id, out var value))
                    {
                        values[field.Id] = AnswerDisplay.Show(field, value);
                    }
                }
                else if (answers.Groups.TryGetValue(section.Id, out var items))
                {
                    values[$"{section.Id}.{field.Id}"] = string.Join(" | ",
                        items.Select(item => item.TryGetValue(field.Id, out var v) ? AnswerDisplay.Show(field, v) : ""));
                }
            }
        }
        return values;
    }

    private static List<AnswerSection> Layout(FormVersion version, string answersJson)
    {
        var answers = Answers(answersJson);
        var definition = Definition(version);
        var sections = new List<AnswerSection>();
        if (definition is null)
        {
            return sections;
        }
        foreach (var step in definition.Steps)
        {
            foreach (var section in step.Sections)
            {
                var heading = section.Title is { Length: > 0 } title ? $"{step.Title}: {title}" : step.Title;
                var fields = section.Fields.Where(f => f.Type != FieldType.Info).ToList();
                if (section.Repeat is null)
                {
                    var lines = fields.Where(f => answers.Fields.ContainsKey(f.Id))
                        .Select(f => new AnswerLine(f.Label, AnswerDisplay.Show(f, answers.Fields[f.Id]))).ToList();
                    if (lines.Count > 0)
                    {
                        sections.Add(new AnswerSection(heading, lines));
                    }
                    continue;
                }
                var items = answers.Groups.GetValueOrDefault(section.Id) ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    var itemLabel = section.Repeat.ItemLabel.Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                    sections.Add(new AnswerSection($"{heading}: {itemLabel}",
                        [.. fields.Where(f => item.ContainsKey(f.Id)).Select(f => new AnswerLine(f.Label, AnswerDisplay.Show(f, item[f.Id])))]));
                }
            }
        }
        return sections;
    }
}

/// <summary>A form's submissions per week.</summary>
public sealed record FormWeeklyRow(string Title, long[] Counts);

/// <summary>The weeks (their Mondays) and each form's counts in them.</summary>
public sealed record FormsWeekly(IReadOnlyList<DateOnly> WeekStarts, IReadOnlyList<FormWeeklyRow> Rows);
