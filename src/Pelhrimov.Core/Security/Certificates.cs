using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Pelhrimov.Core.Security;

/// <summary>Certificates with private keys, read from configuration, or made once for development.</summary>
/// <remarks>
/// A configured certificate is a PKCS#12 file: <c>{section}:Path</c> (relative to the content root or absolute) and
/// <c>{section}:Password</c>. The password is a secret and belongs in user secrets or the environment, never in a file
/// in the repository. Outside Production, a missing certificate is replaced by a self-signed one created in the data
/// folder on first use, so that a newcomer's first <c>dotnet run</c> works without any set-up.
/// </remarks>
public static class Certificates
{
    private static readonly Lock CreateLock = new();

    /// <summary>The PKCS#12 file at <paramref name="path"/>, with its private key.</summary>
    public static X509Certificate2 LoadPkcs12(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>The certificate configured in <paramref name="section"/>, or null when none is configured.</summary>
    public static X509Certificate2? FromConfiguration(IConfiguration section, string contentRoot)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        return LoadPkcs12(Path.Combine(contentRoot, path), section["Password"]);
    }

    /// <summary>
    /// The self-signed development certificate at <paramref name="path"/>, created (RSA 2048, valid five years) when the
    /// file does not exist yet. Safe to call from several places at once: the file is written once and then only read.
    /// </summary>
    public static X509Certificate2 LoadOrCreateDevelopment(string path, string subject)
    {
        lock (CreateLock)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var rsa = RSA.Create(2048);
                var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                request.CertificateExtensions.Add(new X509KeyUsageExtension(
                    X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
                var now = DateTimeOffset.UtcNow;
                using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pkcs12));
                try
                {
                    File.Move(temporary, path, overwrite: false);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another node sharing the store (App:SharedPath) made it first; theirs is the one every node uses.
                    File.Delete(temporary);
                }
            }
            return LoadPkcs12(path, password: null);
        }
    }
}
