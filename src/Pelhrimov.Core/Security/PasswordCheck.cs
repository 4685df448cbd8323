using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Core.Security;

/// <summary>The outcome of a password sign-in check; every outcome but <see cref="Passed"/> gets the same answer.</summary>
public enum PasswordVerdict
{
    Passed,
    Failed,
    Throttled,
}

/// <summary>
/// The password check of every sign-in form (staff, citizens, linking an eID), built so that its answer and its duration
/// do not tell whether an account exists: an unknown e-mail, an account without a password and a throttled attempt each
/// verify the password against a dummy hash, costing what a real check costs (ADR 0012).
/// </summary>
public sealed class PasswordCheck<TUser>(UserManager<TUser> users, IPasswordHasher<TUser> hasher, SignInThrottle throttle)
    where TUser : class, new()
{
    // One hash per process, made by the configured hasher so that verifying it costs what verifying a real one does.
    private static string? dummyHash;

    /// <param name="throttleKey">What the attempt is counted against: the account kind and the typed e-mail.</param>
    public async Task<PasswordVerdict> CheckAsync(string throttleKey, TUser? user, string password)
    {
        if (throttle.IsThrottled(throttleKey))
        {
            VerifyDummy(password);
            return PasswordVerdict.Throttled;
        }
        var passed = false;
        if (user is not null && await users.HasPasswordAsync(user))
        {
            passed = await users.CheckPasswordAsync(user, password);
        }
        else
        {
            VerifyDummy(password);
        }
        if (passed)
        {
            throttle.Succeeded(throttleKey);
            return PasswordVerdict.Passed;
        }
        throttle.Failed(throttleKey);
        return PasswordVerdict.Failed;
    }

    private void VerifyDummy(string password)
    {
        var user = new TUser();
        dummyHash ??= hasher.HashPassword(user, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(user, dummyHash, password);
    }
}
