using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Citizens.Nia;

/// <summary>Why an eID sign-in did not end in a session; the code is part of the Czech error page's URL.</summary>
public enum NiaFailure
{
    /// <summary>The person cancelled at NIA, or NIA refused to authenticate (for example a means below the level asked for).</summary>
    Cancelled,

    /// <summary>NIA answered without attributes: the person refused to share their data with the town.</summary>
    NoAttributes,

    /// <summary>The token's level of assurance is below the portal's minimum.</summary>
    LevelTooLow,

    /// <summary>The token's validity has ended.</summary>
    Expired,

    /// <summary>The token cannot be trusted: wrong issuer, audience, signature, encryption, nonce or a changed content.</summary>
    InvalidToken,

    /// <summary>NIA did not accept the code (unknown, expired or used before), or the same token came a second time.</summary>
    Replayed,

    /// <summary>The answer does not belong to a sign-in started here (no state, a foreign state, or it took too long).</summary>
    UnknownState,

    /// <summary>NIA could not be reached.</summary>
    Unavailable,

    /// <summary>eID sign-in is not configured on this site.</summary>
    NotConfigured,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>An eID sign-in refused by the portal's own checks (after the token itself was valid).</summary>
public sealed class NiaSignInException(NiaFailure failure, string message) : Exception(message)
{
    public NiaFailure Failure { get; } = failure;
}

public static class NiaFailures
{
    public static string Code(this NiaFailure failure) => failure switch
    {
        NiaFailure.Cancelled => "zruseno",
        NiaFailure.NoAttributes => "bez-udaju",
        NiaFailure.LevelTooLow => "nizka-uroven",
        NiaFailure.Expired => "vyprselo",
        NiaFailure.InvalidToken => "neplatna-odpoved",
        NiaFailure.Replayed => "opakovana-odpoved",
        NiaFailure.UnknownState => "nezname-prihlaseni",
        NiaFailure.Unavailable => "nedostupne",
        NiaFailure.NotConfigured => "nenastaveno",
        _ => "chyba",
    };

    public static NiaFailure? FromCode(string? code) =>
        Enum.GetValues<NiaFailure>().Cast<NiaFailure?>().FirstOrDefault(f => f!.Value.Code() == code);

    /// <summary>Czech title and explanation for the error page.</summary>
    public static (string Title, string Explanation) Describe(this NiaFailure failure) => failure switch
    {
        NiaFailure.Cancelled => ("Přihlášení bylo zrušeno",
            "Přihlášení přes Identitu občana bylo zrušeno nebo se nepodařilo ověřit vaši totožnost. Nic se nestalo; můžete to zkusit znovu."),
        NiaFailure.NoAttributes => ("Identita občana nepředala vaše údaje",
            "Při přihlášení jste nesouhlasili s předáním údajů městu. Bez nich vás portál nemůže přihlásit. Pokud chcete pokračovat, přihlaste se znovu a předání údajů povolte."),
        NiaFailure.LevelTooLow => ("Nedostatečná úroveň ověření",
            "Prostředek, kterým jste se přihlásili, nemá úroveň záruky, kterou portál pro práci s osobními údaji vyžaduje. Přihlaste se prosím občanským průkazem s čipem nebo Mobilním klíčem eGovernmentu."),
        NiaFailure.Expired => ("Platnost přihlášení vypršela",
            "Odpověď od Identity občana už není platná. Přihlaste se prosím znovu."),
        NiaFailure.InvalidToken => ("Odpověď se nepodařilo ověřit",
            "Odpověď, která přišla místo Identity občana, neprošla kontrolou pravosti. Z bezpečnostních důvodů jsme vás nepřihlásili. Zkuste se přihlásit znovu; pokud potíže trvají, kontaktujte úřad."),
        // NIA's invalid_grant does not say which: a code may be unknown, expired or used before.
        NiaFailure.Replayed => ("Odpověď nelze přijmout",
            "Odpověď od Identity občana je neplatná, vypršela, nebo už byla jednou použita, proto ji nelze přijmout. Přihlaste se prosím znovu."),
        NiaFailure.UnknownState => ("Přihlášení nebylo dokončeno",
            "Odpověď nepatří k přihlášení zahájenému na tomto portálu, nebo přihlášení trvalo příliš dlouho. Přihlaste se prosím znovu."),
        NiaFailure.Unavailable => ("Identita občana neodpovídá",
            "Službu Identita občana se teď nepodařilo kontaktovat. Zkuste to prosím za chvíli, nebo se přihlaste e-mailem a heslem."),
        NiaFailure.NotConfigured => ("Přihlášení přes eID není k dispozici",
            "Přihlášení přes Identitu občana není na tomto portálu zatím nastaveno. Kontaktujte prosím úřad."),
        _ => ("Přihlášení se nezdařilo",
            "Přihlášení přes Identitu občana se nepodařilo dokončit. Zkuste to prosím znovu."),
    };

    /// <summary>Classifies what the OpenID Connect handler or our own checks threw.</summary>
    public static NiaFailure Classify(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NiaSignInException nia:
                    return nia.Failure;
                case SecurityTokenReplayDetectedException:
                    return NiaFailure.Replayed;
                case SecurityTokenExpiredException:
                    return NiaFailure.Expired;
                case SecurityTokenException:
                case OpenIdConnectProtocolInvalidNonceException:
                case OpenIdConnectProtocolException when e.Message.Contains("nonce", StringComparison.OrdinalIgnoreCase):
                    return NiaFailure.InvalidToken;
                case OpenIdConnectProtocolException when e.Message.Contains("invalid_grant", StringComparison.Ordinal):
                    return NiaFailure.Replayed;
                case OpenIdConnectProtocolException when e.Message.Contains("access_denied", StringComparison.Ordinal):
                    return NiaFailure.Cancelled;
                case HttpRequestException:
                case TaskCanceledException:
                    return NiaFailure.Unavailable;
            }
            var message = e.Message;
            if (message.Contains("Correlation failed", StringComparison.Ordinal)
                || message.Contains("message.State", StringComparison.Ordinal)
                || message.Contains("State is null", StringComparison.Ordinal))
            {
                return NiaFailure.UnknownState;
            }
            if (message.Contains("IDX20803", StringComparison.Ordinal) || message.Contains("IDX20804", StringComparison.Ordinal))
            {
                return NiaFailure.Unavailable;
            }
        }
        return NiaFailure.Other;
    }
}
