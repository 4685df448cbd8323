using Microsoft.EntityFrameworkCore;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Gives a payment code to rows stored before codes existed: from an upsert of such a row (<see cref="ReceivableWriter"/>)
/// and from the start-up backfill (<see cref="PaymentCodeBackfill"/>), never from a read. Each row is claimed with a
/// conditional update (<c>where PaymentCode is null</c>), so two nodes or two writers at once agree on one code.
/// </summary>
public static class PaymentCodes
{
    /// <summary>Claims a code for each row without one and puts the stored code (this one or a concurrent winner's) on the row.</summary>
    public static async Task<int> FillMissingAsync(ReceivablesDbContext db, IEnumerable<Receivable> rows, CancellationToken cancellationToken)
    {
        var claimed = 0;
        foreach (var row in rows.Where(r => r.PaymentCode is null))
        {
            claimed += await ClaimAsync(db, row.Id, cancellationToken);
            var stored = await db.Receivables.Where(r => r.Id == row.Id).Select(r => r.PaymentCode).SingleAsync(cancellationToken);
            row.PaymentCode = stored;
            if (db.Entry(row).State != EntityState.Detached)
            {
                // The column is already stored; the tracked row must not write it again.
                db.Entry(row).Property(r => r.PaymentCode).OriginalValue = stored;
                db.Entry(row).Property(r => r.PaymentCode).IsModified = false;
            }
        }
        return claimed;
    }

    /// <summary>Gives receivable <paramref name="id"/> a new code unless it has one; 1 when this call gave it, 0 otherwise.</summary>
    public static Task<int> ClaimAsync(ReceivablesDbContext db, long id, CancellationToken cancellationToken)
    {
        var code = PaymentCode.New();
        return db.Receivables.Where(r => r.Id == id && r.PaymentCode == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentCode, code), cancellationToken);
    }
}
