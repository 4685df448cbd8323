using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Submissions;

/// <summary>Deletes fills past their time (a day for anonymous ones, <c>Forms:DraftDays</c> for citizens') with their uploads.</summary>
public sealed class PruneDraftsJob(FormsDbContext db, FormAttachmentStore files, TimeProvider clock) : IScheduledJob
{
    public const string Name = "forms.prune-drafts";

    public static readonly JobSchedule Schedule = JobSchedule.Every(TimeSpan.FromHours(1));

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        while (true)
        {
            var expired = await db.Drafts.Where(d => d.ExpiresUtc <= now).OrderBy(d => d.ExpiresUtc).Take(500).ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                return;
            }
            var ids = expired.Select(d => (Guid?)d.Id).ToList();
            var uploads = await db.Attachments.Where(a => ids.Contains(a.DraftId)).ToListAsync(cancellationToken);
            db.Attachments.RemoveRange(uploads);
            db.Drafts.RemoveRange(expired);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var upload in uploads)
            {
                files.Delete(upload.Id);
            }
        }
    }
}
