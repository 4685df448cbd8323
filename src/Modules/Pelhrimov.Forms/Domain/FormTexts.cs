namespace Pelhrimov.Forms.Domain;

/// <summary>Czech words for the admin.</summary>
public static class FormTexts
{
    public static string Name(this FormState state) => state switch
    {
        FormState.Draft => "Koncept",
        FormState.Live => "Zveřejněný",
        FormState.Archived => "Archivovaný",
        _ => state.ToString(),
    };
}
