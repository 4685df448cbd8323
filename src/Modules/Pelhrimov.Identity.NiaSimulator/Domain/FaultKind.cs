namespace Pelhrimov.Identity.NiaSimulator.Domain;

/// <summary>Deliberate defects of an issued id_token (<c>fault=</c>, only with <c>NiaSimulator:FaultInjection</c>).</summary>
public enum FaultKind
{
    None,
    WrongIssuer,
    WrongAudience,
    Expired,
    BadSignature,
    Tampered,
    WrongEncryptionKey,
    LowLevel,
    NoNonce,
    WrongNonce,
}

public static class FaultKinds
{
    private static readonly Dictionary<string, FaultKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wrong-issuer"] = FaultKind.WrongIssuer,
        ["wrong-audience"] = FaultKind.WrongAudience,
        ["expired"] = FaultKind.Expired,
        ["bad-signature"] = FaultKind.BadSignature,
        ["tampered"] = FaultKind.Tampered,
        ["wrong-encryption-key"] = FaultKind.WrongEncryptionKey,
        ["low-level"] = FaultKind.LowLevel,
        ["no-nonce"] = FaultKind.NoNonce,
        ["wrong-nonce"] = FaultKind.WrongNonce,
    };

    /// <summary>The names accepted by <c>fault=</c>.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The fault named <paramref name="name"/>, <see cref="FaultKind.None"/> for none, null for an unknown name.</summary>
    public static FaultKind? Parse(string? name) =>
        string.IsNullOrWhiteSpace(name) ? FaultKind.None : ByName.TryGetValue(name.Trim(), out var kind) ? kind : null;
}
