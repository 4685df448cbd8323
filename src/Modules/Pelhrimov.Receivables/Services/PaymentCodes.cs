using Microsoft.EntityFrameworkCore;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Gives a payment code to rows stored before codes existed, when the code is first handed out (API list, admin). Each
/// row is claimed with a conditional update, so two readers at once agree on one code.
/// </summary>
public static class PaymentCodes
{
    public static async Task FillMissingAsync(ReceivablesDbContext db, IEnumerable<Receivable> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows.Where(r => r.PaymentCode is null))
        {
            var code = PaymentCode.New();
            await db.Receivables.Where(r => r.Id == row.Id && r.PaymentCode == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentCode, code), cancellationToken);
            row.PaymentCode = await db.Receivables.Where(r => r.Id == row.Id).Select(r => r.PaymentCode).SingleAsync(cancellationToken);
        }
    }
}
