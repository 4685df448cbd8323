using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Pelhrimov.Core.Data;

/// <summary>
/// A query on a hot path, compiled by EF Core once per model (ADR 0061). A LINQ query otherwise costs its caller, on every
/// call, building the expression tree, extracting its parameters and hashing the whole tree to find the cached plan: about
/// 0.1 ms and 15–20 KB of garbage per query on the workflow engine's path, more than SQLite takes to run it.
/// </summary>
/// <remarks>
/// EF Core's compiled query refuses a context whose model differs from the first one it ran on, and a module's SQLite and
/// PostgreSQL contexts have different models (a process may hold both, as the tests do); so the query is compiled per model.
/// Use it as <c>Query.For(db)(db, argument, cancellationToken)</c>, where <c>Query</c> is a static field made with
/// <c>new CompiledQuery&lt;…&gt;(() =&gt; EF.CompileAsyncQuery(…))</c>.
/// </remarks>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile) where TDelegate : Delegate
{
    private readonly ConcurrentDictionary<IModel, TDelegate> _byModel = new(ReferenceEqualityComparer.Instance);

    /// <summary>The query compiled for <paramref name="context"/>'s model.</summary>
    public TDelegate For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        return _byModel.TryGetValue(model, out var compiled) ? compiled : _byModel.GetOrAdd(model, _ => compile());
    }
}
