namespace Pelhrimov.Tests.Citizens;

/// <summary>Registers a citizen through the real <c>/registrace</c> form (antiforgery token, consent ticked).</summary>
internal static class RegistrationForm
{
    public const string Password = "Registrace-Heslo-2026";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password = Password) =>
        AntiforgeryForm.PostAsync(client, "/registrace", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.Agree"] = "true",
        }, "main form[action='/registrace']");
}
