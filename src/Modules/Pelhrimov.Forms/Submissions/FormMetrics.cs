using System.Diagnostics.Metrics;

namespace Pelhrimov.Forms.Submissions;

/// <summary>
/// The Forms module's meter (ADR 0051). <c>portal.forms.submissions</c>: submit attempts by <c>outcome</c>: <c>stored</c>
/// (a reference number was given), <c>refused</c> (the form was withdrawn or changed meanwhile; nothing stored). No form
/// name or id as a label: the admin's statistics show submissions per form.
/// </summary>
public static class FormMetrics
{
    public static readonly Meter Meter = new("Pelhrimov.Forms");

    public static readonly Counter<long> Submissions = Meter.CreateCounter<long>("portal.forms.submissions", "{submission}", "Form submissions.");

    public static void Submitted(bool stored) => Submissions.Add(1, new KeyValuePair<string, object?>("outcome", stored ? "stored" : "refused"));
}
