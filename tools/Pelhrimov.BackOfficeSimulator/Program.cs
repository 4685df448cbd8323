namespace Pelhrimov.BackOfficeSimulator;

/// <summary>
/// <c>dotnet run --project tools/Pelhrimov.BackOfficeSimulator</c>: listens on http://localhost:5090 unless <c>--urls</c>
/// says otherwise. Not named <c>Program</c>, which the site's entry point is: the tests reference both.
/// </summary>
internal static class SimulatorProgram
{
    private static async Task Main(string[] args) => await BackOfficeSimulatorApp.Create(args).RunAsync();
}
