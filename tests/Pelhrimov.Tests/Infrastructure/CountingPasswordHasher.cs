using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Identity's password hasher that counts verifications: shows whether a sign-in did the work of a password check.</summary>
public sealed class CountingPasswordHasher<TUser> : IPasswordHasher<TUser>
    where TUser : class
{
    private readonly PasswordHasher<TUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(TUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(TUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
