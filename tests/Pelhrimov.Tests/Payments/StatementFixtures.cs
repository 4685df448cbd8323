namespace Pelhrimov.Tests.Payments;

/// <summary>The statement files of Payments/Fixtures, as the bank wrote them (see its README).</summary>
internal static class StatementFixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", name));
}
