using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Receivables.Statements.Data;
using Pelhrimov.Receivables.Statements.Domain;

namespace Pelhrimov.Receivables.Statements.Services;

/// <summary>What a manual assignment did: booked, or a Czech reason for the clerk (nothing changed).</summary>
public sealed record AssignOutcome(bool Booked, string? Error);

/// <summary>
/// Books the lines of an import through <see cref="ReceivableWriter"/>: the confirmed proposal in chunks of
/// <see cref="ChunkSize"/> lines, one transaction and one bulk booking each (ADR 0032), and single lines a clerk assigns by hand. A line key is
/// booked at most once (<see cref="BookedStatementLine"/>, unique), and its payment id is derived from the key, so the
/// receivable's own idempotency holds too.
/// </summary>
public sealed class StatementBooking(
    StatementsDbContext db, ReceivablesDbContext receivables, CoreDbContext core, ReceivableWriter writer, IAuditLog audit, TimeProvider clock)
{
    public const int ChunkSize = 250;

    /// <summary>How long one node holds an import it books; renewed with every chunk.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Draft → Booking. False when the import is not a draft (already confirmed, or unknown).</summary>
    public async Task<bool> ConfirmAsync(long importId, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await SharedTransaction.RunAsync(db, [core], async () =>
        {
            var confirmed = await db.Imports.Where(i => i.Id == importId && i.Status == ImportStatus.Draft)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, ImportStatus.Booking)
                    .SetProperty(i => i.ConfirmedBy, user)
                    .SetProperty(i => i.ConfirmedUtc, now), cancellationToken);
            if (confirmed == 0)
            {
                return false;
            }
            audit.Add(StatementsAuditActions.Confirmed, StatementsAuditActions.ImportEntityType, importId.ToString(CultureInfo.InvariantCulture),
                "Potvrzeno zaúčtování výpisu", user);
            await core.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>Takes an import in Booking whose lease has run out (or that has none) for this node; false when another has it.</summary>
    public async Task<bool> TryClaimAsync(long importId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = await db.Imports.AsNoTracking().Where(i => i.Id == importId && i.Status == ImportStatus.Booking)
            .Select(i => new { i.LeaseUntilUtc }).FirstOrDefaultAsync(cancellationToken);
        if (current is null || current.LeaseUntilUtc > now)
        {
            return false;
        }
        var lease = current.LeaseUntilUtc;
        var claimed = await db.Imports.Where(i => i.Id == importId && i.Status == ImportStatus.Booking && i.LeaseUntilUtc == lease)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseUntilUtc, now + Lease), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Imports waiting for booking, oldest first.</summary>
    public Task<List<long>> PendingAsync(CancellationToken cancellationToken) =>
        db.Imports.AsNoTracking().Where(i => i.Status == ImportStatus.Booking).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Books the next <see cref="ChunkSize"/> proposed lines of a claimed import in one transaction; when none are left,
    /// marks the import booked. Returns whether lines remain.
    /// </summary>
    public async Task<bool> BookNextChunkAsync(long importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.FirstAsync(i => i.Id == importId, cancellationToken);
        var lines = await db.Lines.Where(l => l.ImportId == importId && l.State == LineState.Proposed)
            .OrderBy(l => l.Position).Take(ChunkSize).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (lines.Count == 0)
        {
            import.Status = ImportStatus.Booked;
            import.BookedUtc = now;
            import.LeaseUntilUtc = null;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        await SharedTransaction.RunAsync(receivables, [db, core], async () =>
        {
            var keys = lines.Select(l => l.LineKey).ToList();
            var booked = (await db.BookedLines.AsNoTracking().Where(b => keys.Contains(b.LineKey)).Select(b => b.LineKey).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            var toBook = new List<StatementImportLine>(lines.Count);
            foreach (var line in lines)
            {
                if (booked.Add(line.LineKey))
                {
                    toBook.Add(line);
                    continue;
                }
                line.State = LineState.AlreadyBooked;
                line.Reason = "Již zaúčtováno z jiného výpisu.";
            }
            var outcomes = await writer.BookPaymentsAsync([.. toBook.Select(l => new PaymentBooking(l.ReceivableId!, Payment(l)))], cancellationToken);
            for (var i = 0; i < toBook.Count; i++)
            {
                if (Record(import, toBook[i], toBook[i].ReceivableId!, import.ConfirmedBy ?? "system", now, outcomes[i]) is { } error)
                {
                    toBook[i].State = LineState.Failed;
                    toBook[i].Reason = error;
                }
            }
            import.ProcessedCount += lines.Count;
            import.LeaseUntilUtc = now + Lease;
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Books one line to the receivable a clerk chose, by its id or by a variable symbol that only one open receivable
    /// has. Only lines not booked yet: unassigned, failed, or proposed in a draft. Audited.
    /// </summary>
    public async Task<AssignOutcome> AssignAsync(long importId, long lineId, string? reference, string user, CancellationToken cancellationToken)
    {
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        var line = import is null ? null : await db.Lines.FirstOrDefaultAsync(l => l.Id == lineId && l.ImportId == importId, cancellationToken);
        if (import is null || line is null)
        {
            return new AssignOutcome(false, null);
        }
        var assignable = line.State is LineState.Unassigned or LineState.Failed
            || (line.State == LineState.Proposed && import.Status == ImportStatus.Draft);
        if (!assignable || !line.Incoming)
        {
            return new AssignOutcome(false, "Tento řádek už nelze přiřadit: je zaúčtovaný, čeká na zaúčtování nebo nejde o příchozí platbu.");
        }
        reference = reference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return new AssignOutcome(false, "Zadejte identifikátor pohledávky nebo její variabilní symbol.");
        }
        var receivableId = await ResolveAsync(reference, cancellationToken);
        if (receivableId.Error is not null)
        {
            return new AssignOutcome(false, receivableId.Error);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var error = await SharedTransaction.RunAsync(receivables, [db, core], async () =>
        {
            if (await db.BookedLines.AnyAsync(b => b.LineKey == line.LineKey, cancellationToken))
            {
                line.State = LineState.AlreadyBooked;
                line.Reason = "Již zaúčtováno z jiného výpisu.";
                await db.SaveChangesAsync(cancellationToken);
                return "Tato platba už je zaúčtovaná z jiného výpisu.";
            }
            var wasProposed = line.State == LineState.Proposed;
            var wasUnassigned = line.State == LineState.Unassigned;
            if (await BookLineAsync(import, line, receivableId.Id!, user, now, cancellationToken) is { } failed)
            {
                return failed;
            }
            line.MatchKind = "Manual";
            line.Reason = "Přiřazeno ručně.";
            import.ToBookCount -= wasProposed ? 1 : 0;
            import.UnmatchedCount -= wasUnassigned ? 1 : 0;
            audit.Add(StatementsAuditActions.LineAssigned, StatementsAuditActions.ImportEntityType, importId.ToString(CultureInfo.InvariantCulture),
                $"Řádek {line.LineNumber} ({CzechFormat.Money(line.Amount)}, VS {line.VariableSymbol ?? "–"}) přiřazen k pohledávce {receivableId.Id}", user);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return null;
        }, cancellationToken);
        return new AssignOutcome(error is null, error);
    }

    /// <summary>The payment id of a line: derived from its key, so that booking the same movement twice is the same payment.</summary>
    public static string PaymentId(string lineKey) =>
        "VYP-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lineKey)))[..32];

    private async Task<string?> BookLineAsync(StatementImport import, StatementImportLine line, string receivableId, string user, DateTime now,
        CancellationToken cancellationToken) =>
        Record(import, line, receivableId, user, now, await writer.BookPaymentAsync(receivableId, Payment(line), cancellationToken));

    private static PaymentWrite Payment(StatementImportLine line) =>
        new(PaymentId(line.LineKey), line.BookingDate, line.Amount, PaymentSource.BankStatement);

    /// <summary>Notes the writer's outcome on the line (and the line key as booked); a Czech reason when it was not booked.</summary>
    private string? Record(StatementImport import, StatementImportLine line, string receivableId, string user, DateTime now, WriteOutcome outcome)
    {
        var paymentId = PaymentId(line.LineKey);
        switch (outcome)
        {
            case WriteOutcome.NotFound:
                return $"Pohledávka {receivableId} neexistuje.";
            case WriteOutcome.Conflict:
                return $"U pohledávky {receivableId} je pod stejným identifikátorem zaúčtovaná jiná platba.";
        }
        db.BookedLines.Add(new BookedStatementLine
        {
            LineKey = line.LineKey, ImportId = import.Id, LineId = line.Id, ReceivableId = receivableId, PaymentId = paymentId, BookedUtc = now,
        });
        line.ReceivableId = receivableId;
        line.State = outcome == WriteOutcome.Created ? LineState.Booked : LineState.AlreadyBooked;
        line.BookedBy = user;
        line.BookedUtc = now;
        if (outcome == WriteOutcome.Created)
        {
            import.BookedCount++;
        }
        return null;
    }

    private async Task<(string? Id, string? Error)> ResolveAsync(string reference, CancellationToken cancellationToken)
    {
        if (await receivables.Receivables.AsNoTracking().AnyAsync(r => r.ExternalId == reference, cancellationToken))
        {
            return (reference, null);
        }
        var symbol = reference.TrimStart('0');
        if (symbol.Length == 0 || symbol.Length > 10 || !symbol.All(char.IsAsciiDigit))
        {
            return (null, $"Pohledávka „{reference}“ neexistuje. Zadejte identifikátor pohledávky nebo její variabilní symbol (jen číslice).");
        }
        var candidates = (await receivables.Receivables.AsNoTracking().Where(r => !r.Cancelled && r.VariableSymbol.EndsWith(symbol))
                .Select(r => new { r.ExternalId, r.VariableSymbol, r.Amount, r.PaidAmount }).ToListAsync(cancellationToken))
            .Where(r => r.VariableSymbol.TrimStart('0') == symbol).ToList();
        var open = candidates.Where(r => r.Amount > r.PaidAmount).ToList();
        var pick = open.Count > 0 ? open : candidates;
        return pick.Count switch
        {
            0 => (null, $"Žádná pohledávka nemá identifikátor ani variabilní symbol „{reference}“."),
            1 => (pick[0].ExternalId, null),
            _ => (null, $"Variabilní symbol {symbol} má více pohledávek ({string.Join(", ", pick.Select(r => r.ExternalId).Order(StringComparer.Ordinal))}) – zadejte identifikátor pohledávky."),
        };
    }
}
