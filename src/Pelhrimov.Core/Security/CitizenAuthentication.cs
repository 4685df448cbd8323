namespace Pelhrimov.Core.Security;

/// <summary>
/// The names other modules use to serve signed-in citizens without referencing the module that signs them in.
/// </summary>
/// <remarks>
/// A page for any signed-in citizen uses <c>[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]</c>; a page that
/// shows personal data from the town's systems uses <see cref="IdentifiedPolicy"/>, which asks for an eID sign-in at
/// the town's minimum level of assurance in the current session (a password session is sent to step up first).
/// </remarks>
public static class CitizenAuthentication
{
    /// <summary>The citizen session cookie's scheme. Staff use <see cref="PermissionPolicies.StaffScheme"/>; the two never mix.</summary>
    public const string Scheme = "Citizen";

    public const string SignedInPolicy = "Citizen.SignedIn";

    public const string IdentifiedPolicy = "Citizen.Identified";

    /// <summary>Claim: the citizen's account id (a GUID), the key other modules store.</summary>
    public const string AccountIdClaim = "citizen_id";

    /// <summary>Claim: how this session was signed in, <see cref="EidMethod"/> or <see cref="PasswordMethod"/>.</summary>
    public const string MethodClaim = "amr";

    /// <summary>Claim: the level of assurance reached in this session (<c>low</c>, <c>substantial</c>, <c>high</c>); eID sessions only.</summary>
    public const string LevelClaim = "loa";

    public const string EidMethod = "eid";

    public const string PasswordMethod = "pwd";
}
