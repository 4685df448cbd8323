using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>How a <see cref="PortalApp"/> differs from the defaults (a copy of the set-up site, <c>PORTAL_TEST_DB</c>, test administrator).</summary>
public sealed class PortalAppOptions
{
    /// <summary>
    /// Set the new site up from scratch (migrations, recipe, first administrator) instead of starting on a copy of the
    /// process's set-up template (<see cref="SiteTemplate"/>). For tests of the set-up itself and for settings that
    /// change what set-up does (<see cref="SiteTemplate.SettingsThatChangeSetup"/>: a switched-off module, another
    /// administrator); an app given a <see cref="TestSite"/> ignores it.
    /// </summary>
    public bool FreshSite { get; init; }

    /// <summary>Database of the fresh site the app creates when it is not given one; <c>PORTAL_TEST_DB</c> when null.</summary>
    public DatabaseProvider? Database { get; init; }

    /// <summary>Extra configuration, applied last (a null value clears a key).</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>An SMTP server the app delivers its e-mail to (its <see cref="SmtpTestServer.AppSettings"/>, before <see cref="Settings"/>);
    /// without one the app writes e-mail to the pickup folder <c>&lt;data folder&gt;/mail/</c>.</summary>
    public SmtpTestServer? Smtp { get; init; }

    /// <summary>The loopback port to listen on; a free one when null. For apps that must know each other's address before they start.</summary>
    public int? Port { get; init; }

    /// <summary>
    /// Leave background work (mail, indexer, event dispatch, pruning) waiting until the test's own first request, or
    /// <c>StartupGate.MaxDelay</c>, as in production. By default the app answers one request at start, so that
    /// background work starts at once.
    /// </summary>
    public bool HoldBackgroundWork { get; init; }

    /// <summary>Replaces services after the app registered its own, e.g. a fixed <see cref="TimeProvider"/>.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
