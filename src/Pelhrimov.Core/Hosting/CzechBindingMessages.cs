using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Pelhrimov.Core.Hosting;

/// <summary>Czech wording for the messages MVC produces when a submitted value cannot be read at all.</summary>
public static class CzechBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Hodnota „{value}“ není platná.");
        messages.SetMissingBindRequiredValueAccessor(field => "Toto pole je povinné.");
        messages.SetMissingKeyOrValueAccessor(() => "Toto pole je povinné.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Požadavek neobsahuje žádná data.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Hodnota „{value}“ není platná.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Zadaná hodnota není platná.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Zadejte číslo.");
        messages.SetUnknownValueIsInvalidAccessor(field => "Zadaná hodnota není platná.");
        messages.SetValueIsInvalidAccessor(value => $"Hodnota „{value}“ není platná.");
        messages.SetValueMustBeANumberAccessor(field => "Zadejte číslo.");
        messages.SetValueMustNotBeNullAccessor(value => "Toto pole je povinné.");
    }
}
