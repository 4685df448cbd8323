namespace Pelhrimov.Forms.Filling;

/// <summary>The public addresses of one form (<c>/formulare/{slug}/…</c>) and of a submission's confirmation.</summary>
public sealed record FormPaths(string Slug)
{
    public const string Catalogue = "/formulare";

    public string Start => $"{Catalogue}/{Slug}";

    public string Begin => $"{Catalogue}/{Slug}/zacit";

    public string Step(string stepId) => $"{Catalogue}/{Slug}/krok/{stepId}";

    public string StepThenCheck(string stepId) => $"{Step(stepId)}?zpet=kontrola";

    public string Check => $"{Catalogue}/{Slug}/kontrola";

    public string Submit => $"{Catalogue}/{Slug}/odeslat";

    public static string Confirmation(string reference) => $"{Catalogue}/podani/{reference}";

    public static string Receipt(string reference) => $"{Catalogue}/podani/{reference}/potvrzeni.pdf";

    /// <summary>A file the citizen uploaded while filling or sent with a submission; served only to its owner.</summary>
    public static string Upload(Guid id) => $"{Catalogue}/prilohy/{id:N}";
}
