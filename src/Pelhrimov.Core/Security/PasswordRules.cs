using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Core.Security;

/// <summary>
/// The password and sign-in throttling rules of every account kind (staff and citizens). ASP.NET Core Identity keeps one
/// <see cref="IdentityOptions"/> for the whole application, so the rules live here once instead of in each module.
/// </summary>
/// <remarks>
/// Wrong passwords at sign-in no longer lock an account (anyone could lock anyone out by typing five wrong passwords);
/// they throttle it instead (<see cref="SignInThrottle"/>, ADR 0012). Identity's lockout stays for an administrator's
/// block and for wrong two-step codes, which only someone who knows the password can type.
/// </remarks>
public static class PasswordRules
{
    /// <summary>The one answer to a failed password sign-in, whatever failed (unknown e-mail, wrong password, throttled).</summary>
    public const string FailedSignInMessage =
        "E-mail nebo heslo nejsou správné. Po několika chybných pokusech je před dalším potřeba chvíli počkat.";

    /// <summary>Wrong passwords in a row that cost nothing; after them each attempt waits.</summary>
    public const int FreeFailures = 5;

    /// <summary>The longest wait between attempts on one account.</summary>
    public static readonly TimeSpan MaxThrottleDelay = TimeSpan.FromSeconds(30);

    /// <summary>A run of failures is forgotten this long after its last failure.</summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireUppercase = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireDigit = true;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>How long the next attempt waits after <paramref name="failures"/> wrong passwords in a row: 1 s after the
    /// sixth, then doubling up to <see cref="MaxThrottleDelay"/>.</summary>
    public static TimeSpan ThrottleDelay(int failures) =>
        failures < FreeFailures
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - FreeFailures), MaxThrottleDelay.TotalSeconds));
}
