namespace Pelhrimov.Payments.Statements;

/// <summary>Limits of the camt.053 parser.</summary>
public sealed record CamtOptions
{
    /// <summary>Larger files are refused before reading; a camt.053 line takes about 1–2 kB, so 50 MB holds 25 000+ lines.</summary>
    public long MaxBytes { get; init; } = 50 * 1024 * 1024;
}
