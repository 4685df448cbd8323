[assembly: AssemblyFixture(typeof(Pelhrimov.Tests.Infrastructure.SharedPortalApp))]

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// One app (a copy of the set-up site, default settings) for the whole test assembly, taken by test classes as a
/// constructor parameter. Unlike <c>IClassFixture&lt;PortalApp&gt;</c> (an app per class) it costs one start for all
/// of them, about 0.5 CPU-seconds on SQLite and 1.9 on PostgreSQL each; unlike the <see cref="PortalCollection"/> its
/// classes still run in parallel, at the same time, on the same site.
/// </summary>
/// <remarks>
/// Only for a class whose tests create data of their own (unique titles, addresses, e-mails) and assert on that data
/// only: no totals, no whole lists, no first row of a list others add to, no site-wide settings, menu, thesaurus or
/// consent changed, no shared NIA persona signed in, nothing done to the administrator's account. Anything else takes
/// an app of its own (docs/testing.md).
/// </remarks>
public sealed class SharedPortalApp : PortalApp;
