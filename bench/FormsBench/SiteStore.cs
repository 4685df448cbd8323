using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Pelhrimov.FormsBench;

/// <summary>One submission as stored: its receipt state and the mails queued for it.</summary>
public sealed record StoredSubmission(string Id, string Reference, string ReceiptState, string? ReceiptSha256, int Mails);

/// <summary>
/// The site's SQLite file (<c>portal.db</c>) and receipt folder, read only, beside the running app (WAL: reading
/// does not hold its writers back). What the bench counts: submissions, receipts, queued e-mails, open deliveries.
/// </summary>
public sealed class SiteStore(string dataFolder)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataFolder, "portal.db"),
        Mode = SqliteOpenMode.ReadOnly,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Submissions of the form, those with their receipt ready, and e-mails queued for them.</summary>
    public async Task<(long Submissions, long ReceiptsReady, long Mails)> CountsAsync(string slug) =>
        (await ScalarAsync("SELECT COUNT(*) FROM forms_submissions s JOIN forms_forms f ON f.Id = s.FormId WHERE f.Slug = $slug", slug),
         await ScalarAsync("SELECT COUNT(*) FROM forms_submissions s JOIN forms_forms f ON f.Id = s.FormId WHERE f.Slug = $slug AND s.ReceiptState = 'Ready'", slug),
         await ScalarAsync("SELECT COUNT(*) FROM core_outgoing_mail WHERE Category = 'form-submitted'", slug));

    /// <summary>Event deliveries not done yet (pending or failed), of any handler.</summary>
    public Task<long> OpenDeliveriesAsync() => ScalarAsync("SELECT COUNT(*) FROM core_event_deliveries WHERE Status <> 1", "");

    /// <summary>Every submission of the form, with the number of confirmation e-mails whose subject names its reference.</summary>
    public async Task<IReadOnlyList<StoredSubmission>> SubmissionsAsync(string slug)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.Id, s.Reference, s.ReceiptState, s.ReceiptSha256,
                   (SELECT COUNT(*) FROM core_outgoing_mail m WHERE m.Category = 'form-submitted' AND m.Subject LIKE 'Potvrzení o podání ' || s.Reference || ':%')
            FROM forms_submissions s JOIN forms_forms f ON f.Id = s.FormId WHERE f.Slug = $slug
            """;
        command.Parameters.AddWithValue("$slug", slug);
        var rows = new List<StoredSubmission>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredSubmission(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4)));
        }
        return rows;
    }

    /// <summary>Whether the receipt file of a submission exists and is the one whose SHA-256 was stored with it.</summary>
    public bool ReceiptMatches(StoredSubmission submission)
    {
        var path = Path.Combine(dataFolder, "forms", "receipts", Guid.Parse(submission.Id).ToString("N") + ".pdf");
        return File.Exists(path) && submission.ReceiptSha256 == Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
    }

    /// <summary>Receipt files and half-written temporary files left in the receipt folder.</summary>
    public (int Pdfs, int Temporary) ReceiptFiles()
    {
        var folder = Path.Combine(dataFolder, "forms", "receipts");
        return Directory.Exists(folder)
            ? (Directory.GetFiles(folder, "*.pdf").Length, Directory.GetFiles(folder, "*.tmp").Length)
            : (0, 0);
    }

    private async Task<long> ScalarAsync(string sql, string slug)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$slug", slug);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
