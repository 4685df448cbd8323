using System.Globalization;

namespace Pelhrimov.Notifications.Templates;

internal static class Czech
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");
}
