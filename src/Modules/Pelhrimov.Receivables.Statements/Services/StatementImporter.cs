using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Payments.Matching;
using Pelhrimov.Payments.Statements;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Statements.Data;
using Pelhrimov.Receivables.Statements.Domain;

namespace Pelhrimov.Receivables.Statements.Services;

/// <summary>What an upload did: the stored draft, or a Czech reason why the file was refused (nothing stored).</summary>
public sealed record ImportOutcome(long? ImportId, string? Error);

/// <summary>
/// Reads an uploaded statement, proposes a receivable for each incoming payment and stores it all as a draft: nothing is
/// booked until a clerk confirms (<see cref="StatementBooking"/>). Lines whose key was booked before are marked so.
/// </summary>
public sealed class StatementImporter(
    StatementsDbContext db, ReceivablesDbContext receivables, CoreDbContext core, IAuditLog audit, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>Longest stored line key; a longer key (a long CAMT reference) is stored as its hash.</summary>
    public const int MaxKeyLength = 200;

    public async Task<ImportOutcome> ImportAsync(byte[] content, string fileName, string user, CancellationToken cancellationToken)
    {
        StatementFile file;
        try
        {
            file = StatementParser.Parse(content, new GpcOptions { BankCode = configuration["Receivables:Statements:GpcBankCode"] });
        }
        catch (StatementFormatException e)
        {
            return new ImportOutcome(null, e.Message);
        }
        if (file.Statements.Count == 0)
        {
            return new ImportOutcome(null, file.Problems.Count == 0
                ? "Soubor neobsahuje žádný výpis."
                : "Ze souboru nešel přečíst žádný výpis: " + string.Join(" ", file.Problems.Take(3)));
        }

        var lines = file.Lines.ToList();
        var keys = lines.Select(l => StoredKey(l.Key)).ToList();
        var booked = await BookedKeysAsync(keys, cancellationToken);
        var toMatch = lines.Where((l, i) => !booked.Contains(keys[i])).ToList();
        var proposals = PaymentMatcher.Match(toMatch, await OpenReceivablesAsync(cancellationToken))
            .ToDictionary(p => p.LineKey, StringComparer.Ordinal);

        var import = new StatementImport
        {
            FileName = Path.GetFileName(fileName).Length > 255 ? Path.GetFileName(fileName)[..255] : Path.GetFileName(fileName),
            Format = file.Format == StatementFormat.Gpc ? "GPC" : "CAMT.053",
            Account = Cut(string.Join(", ", file.Statements.Select(s => s.Account).Distinct()), 200),
            StatementNumbers = Cut(string.Join(", ", file.Statements.Select(s => s.Number)), 200),
            StatementKeys = Cut(string.Join(" ", file.Statements.Select(s => s.Key)), 2000),
            PeriodFrom = file.Statements.Min(s => s.PeriodFrom ?? s.PeriodTo),
            PeriodTo = file.Statements.Max(s => s.PeriodTo),
            LineCount = lines.Count,
            RejectedCount = file.Problems.Count(p => p.Kind == ProblemKind.RejectedLine),
            Status = ImportStatus.Draft,
            CreatedBy = user,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var stored = new StatementImportLine
            {
                Position = i, LineNumber = line.LineNumber, LineKey = keys[i], Incoming = line.IsIncomingPayment,
                Amount = line.Amount, Currency = line.Currency, BookingDate = line.BookingDate,
                VariableSymbol = line.VariableSymbol, SpecificSymbol = line.SpecificSymbol, ConstantSymbol = line.ConstantSymbol,
                CounterAccount = Truncate(line.CounterAccount, 50), CounterpartyName = Truncate(line.CounterpartyName, 200),
                Message = Truncate(line.Message, 500),
            };
            if (booked.Contains(keys[i]))
            {
                stored.State = LineState.AlreadyBooked;
                stored.MatchKind = "";
                stored.Reason = "Již zaúčtováno z dřívějšího výpisu.";
            }
            else
            {
                var proposal = proposals[line.Key];
                stored.MatchKind = proposal.Kind.ToString();
                stored.ReceivableId = proposal.ReceivableId;
                stored.Difference = proposal.Difference;
                stored.Reason = Cut(proposal.Reason, 500);
                stored.Candidates = proposal.Candidates.Count == 0 ? null : Truncate(string.Join(", ", proposal.Candidates), 500);
                stored.State = proposal.Kind switch
                {
                    MatchKind.Exact or MatchKind.Partial or MatchKind.Overpayment => LineState.Proposed,
                    MatchKind.NotIncoming => LineState.NotIncoming,
                    _ => LineState.Unassigned,
                };
            }
            import.Lines.Add(stored);
        }
        import.ToBookCount = import.Lines.Count(l => l.State == LineState.Proposed);
        import.UnmatchedCount = import.Lines.Count(l => l.State == LineState.Unassigned);
        foreach (var problem in file.Problems)
        {
            import.Problems.Add(new StatementImportProblem
            {
                LineNumber = problem.LineNumber, Rejected = problem.Kind == ProblemKind.RejectedLine, Message = Cut(problem.Message, 1000),
            });
        }

        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            db.Imports.Add(import);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(StatementsAuditActions.Imported, StatementsAuditActions.ImportEntityType, import.Id.ToString(CultureInfo.InvariantCulture),
                $"{import.FileName}: {import.Format}, účet {import.Account}, výpis {import.StatementNumbers}, řádků {import.LineCount}", user);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return new ImportOutcome(import.Id, null);
    }

    /// <summary>The line key as stored: itself, or its SHA-256 when longer than the column.</summary>
    public static string StoredKey(string key) =>
        key.Length <= MaxKeyLength ? key : "SHA256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task<HashSet<string>> BookedKeysAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var booked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            booked.UnionWith(await db.BookedLines.AsNoTracking().Where(b => chunk.Contains(b.LineKey)).Select(b => b.LineKey).ToListAsync(cancellationToken));
        }
        return booked;
    }

    /// <summary>Receivables not cancelled with something left to pay (filtered here: SQLite compares decimals as text).</summary>
    private async Task<List<OpenReceivable>> OpenReceivablesAsync(CancellationToken cancellationToken)
    {
        var rows = await receivables.Receivables.AsNoTracking().Where(r => !r.Cancelled)
            .Select(r => new { r.ExternalId, r.VariableSymbol, r.SpecificSymbol, r.Amount, r.PaidAmount })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Amount > r.PaidAmount).Select(r => new OpenReceivable(r.ExternalId, r.VariableSymbol, r.SpecificSymbol, r.Amount - r.PaidAmount))];
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
