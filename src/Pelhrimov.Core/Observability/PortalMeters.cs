using System.Diagnostics.Metrics;

namespace Pelhrimov.Core.Observability;

/// <summary>
/// The portal's own meters (ADR 0051): one <see cref="Meter"/> per module that owns instruments, named after the module
/// (<c>Pelhrimov.Core</c>, <c>Pelhrimov.Forms</c>, …) and exported together by the wildcard <see cref="All"/>. Instruments
/// that several modules record (sign-ins, e-mail, back-office calls) live in Core's meter. Labels stay few and bounded:
/// never an id, a person, an address or a URL.
/// </summary>
public static class PortalMeters
{
    /// <summary>What the exporters subscribe to: every meter whose name starts with <c>Pelhrimov.</c>.</summary>
    public const string All = "Pelhrimov.*";

    /// <summary>Core's meter: instruments shared by modules.</summary>
    public static readonly Meter Core = new("Pelhrimov.Core");

    /// <summary>
    /// <c>portal.sign_ins</c>: sign-in attempts by <c>method</c> (<c>staff-password</c>, <c>staff-two-factor</c>,
    /// <c>citizen-password</c>, <c>eid</c>), <c>level</c> (eID's <c>low</c>/<c>substantial</c>/<c>high</c>, otherwise
    /// <c>none</c>) and <c>outcome</c> (<c>success</c>, <c>failure</c>).
    /// </summary>
    public static readonly Counter<long> SignIns = Core.CreateCounter<long>("portal.sign_ins", "{sign_in}", "Sign-in attempts of staff and citizens.");

    /// <summary><c>portal.mail.messages</c>: e-mail delivery attempts of the outbox by <c>outcome</c> (<c>sent</c>, <c>retry</c>, <c>failed</c>).</summary>
    public static readonly Counter<long> MailMessages = Core.CreateCounter<long>("portal.mail.messages", "{message}", "E-mail delivery attempts of the outbox.");

    /// <summary>Records one sign-in attempt.</summary>
    public static void SignIn(string method, string? level, bool success) =>
        SignIns.Add(1, new("method", method), new("level", level ?? "none"), new("outcome", success ? "success" : "failure"));
}
