using Microsoft.EntityFrameworkCore;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Finds the one receivable a variable symbol and a payment code open together. Several receivables may share a
/// variable symbol (a town may give a person one for all years), so each is compared with the code in constant time.
/// </summary>
public sealed class PayWithCodeLookup(ReceivablesDbContext db)
{
    /// <summary>At most this many receivables of one variable symbol are compared; more is a finance system's mistake.</summary>
    private const int MaxCandidates = 200;

    public async Task<ReceivableSummary?> FindAsync(string variableSymbol, string normalizedCode, CancellationToken cancellationToken)
    {
        var candidates = await db.Receivables.AsNoTracking()
            .Where(r => r.VariableSymbol == variableSymbol && r.PaymentCode != null)
            .OrderBy(r => r.Id).Take(MaxCandidates)
            .ToListAsync(cancellationToken);
        Receivable? match = null;
        foreach (var candidate in candidates)
        {
            // No early exit: the time taken does not depend on which candidate matched.
            if (PaymentCode.Matches(candidate.PaymentCode, normalizedCode))
            {
                match = candidate;
            }
        }
        return match is null ? null : BuiltInReceivablesConnector.Summary(match);
    }
}
