using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Citizens.Services;

/// <summary>Issues the tokens of citizen e-mail links, living <see cref="CitizenTokens.LinkLifetime"/>.</summary>
/// <remarks>
/// Its own provider with its own options: the framework's provider reads the one application-wide
/// <see cref="DataProtectionTokenProviderOptions"/>, which the staff password reset sets to two hours, so citizen
/// confirmation links used to die after two hours while their e-mail promised 24.
/// </remarks>
public sealed class CitizenTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<CitizenTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<CitizenAccount>> logger)
    : DataProtectorTokenProvider<CitizenAccount>(dataProtectionProvider, options, logger);

/// <summary>The options of <see cref="CitizenTokenProvider"/>; a type of its own so that staff settings never reach it.</summary>
public sealed class CitizenTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public CitizenTokenProviderOptions()
    {
        TokenLifespan = CitizenTokens.LinkLifetime;
    }
}
