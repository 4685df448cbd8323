using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Pelhrimov.Identity.NiaSimulator.Domain;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>
/// The simulator's own sign-in session ("NIA session"): a protected cookie on the simulator's path with the persona
/// last chosen and when. It survives refused consent and ends only at endsession, as NIA's does.
/// </summary>
public sealed class NiaSession(IDataProtectionProvider dataProtection, NiaSimulatorOptions options)
{
    public const string CookieName = "nia.simulator";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Pelhrimov.Identity.NiaSimulator.Session");

    public (Persona Persona, DateTimeOffset AuthTime)? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 && Personas.Find(parts[0]) is { } persona
                   && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? (persona, DateTimeOffset.FromUnixTimeSeconds(seconds))
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void Start(HttpContext context, Persona persona, DateTimeOffset authTime) =>
        context.Response.Cookies.Append(CookieName,
            _protector.Protect($"{persona.Id}|{authTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"),
            CookieOptions(context));

    public void End(HttpContext context) => context.Response.Cookies.Delete(CookieName, CookieOptions(context));

    private CookieOptions CookieOptions(HttpContext context) => new()
    {
        Path = string.IsNullOrEmpty(options.BasePath) ? "/" : options.BasePath,
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        IsEssential = true,
    };
}
