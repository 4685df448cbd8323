namespace Pelhrimov.Identity.Domain;

/// <summary>Claims a staff principal carries besides the standard name, role and <c>permission</c> claims.</summary>
public static class StaffClaimTypes
{
    /// <summary>The person's display name, for the admin header.</summary>
    public const string DisplayName = "display_name";
}
