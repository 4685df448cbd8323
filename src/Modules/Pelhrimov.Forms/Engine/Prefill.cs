using System.Globalization;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>Pre-fill: identity values verified by eID (fixed, never taken from a post) and profile values (editable).</summary>
public static class Prefill
{
    public static bool IsIdentity(PrefillSource? source) =>
        source is PrefillSource.IdentityName or PrefillSource.IdentityGivenName or PrefillSource.IdentityFamilyName
            or PrefillSource.IdentityDateOfBirth or PrefillSource.IdentityAddress;

    /// <summary>The verified value for an identity pre-filled field; null when the field is not one or eID did not give it.</summary>
    public static AnswerValue? Verified(FormField field, FillContext context)
    {
        var citizen = context.Verified;
        if (citizen is null || !IsIdentity(field.Prefill))
        {
            return null;
        }
        return field.Prefill switch
        {
            PrefillSource.IdentityName when citizen.GivenName is not null && citizen.FamilyName is not null =>
                AnswerValue.Of($"{citizen.GivenName} {citizen.FamilyName}"),
            PrefillSource.IdentityGivenName when citizen.GivenName is not null => AnswerValue.Of(citizen.GivenName),
            PrefillSource.IdentityFamilyName when citizen.FamilyName is not null => AnswerValue.Of(citizen.FamilyName),
            PrefillSource.IdentityDateOfBirth when citizen.DateOfBirth is { } date =>
                AnswerValue.Of(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PrefillSource.IdentityAddress when citizen.Address is { Town: not null } a => new AnswerValue
            {
                Address = new AddressValue(a.Street ?? "", a.HouseNumber ?? "", a.Town, PostCode.Normalize(a.PostCode) ?? a.PostCode ?? ""),
            },
            _ => null,
        };
    }

    /// <summary>The editable initial value from the profile (e-mail, phone); null when there is none.</summary>
    public static AnswerValue? Initial(FormField field, FillContext context) => field.Prefill switch
    {
        PrefillSource.ProfileEmail when EmailAddress.Normalize(context.Email) is { } email => AnswerValue.Of(email),
        PrefillSource.ProfilePhone when CzechPhone.Normalize(context.Phone) is { } phone => AnswerValue.Of(phone),
        _ => Verified(field, context),
    };
}
