using Pelhrimov.Identity.NiaSimulator.Domain;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>What authorize settled and the token endpoint turns into an id_token: who, for whom, what was asked.</summary>
public sealed record CompletedAuthentication(
    string ClientId,
    Persona Persona,
    bool ConsentRefused,
    RequestedClaims Claims,
    string? Nonce,
    DateTimeOffset AuthTime,
    FaultKind Fault);
