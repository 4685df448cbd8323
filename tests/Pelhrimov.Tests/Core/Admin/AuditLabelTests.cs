using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;

namespace Pelhrimov.Tests.Core.Admin;

/// <summary>The admin shows audit actions by their Czech names, which every module contributes for its own codes.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuditLabelTests(PortalApp app)
{
    [Fact]
    public async Task Recent_changes_on_the_dashboard_name_a_staff_sign_in_in_Czech_not_by_its_code()
    {
        var staff = await app.CreateStaffClientAsync();

        var dashboard = await staff.GetHtmlAsync("/admin");

        var actions = dashboard.QuerySelectorAll("table tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Přihlášení do administrace", actions);
        Assert.DoesNotContain(actions, a => a.Contains("staff.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_audit_action_code_a_module_declares_has_a_Czech_name()
    {
        var names = app.Services.GetRequiredService<AuditActionNames>();
        var codes = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("Pelhrimov.", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("AuditActions", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            // Entity type names ("EntityType", "PersonEntity") sit next to the codes and are not codes.
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)
                && !f.Name.EndsWith("EntityType", StringComparison.Ordinal) && !f.Name.EndsWith("Entity", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Contains("staff.signin", codes);
        Assert.Contains("content.published", codes);
        Assert.Equal([], codes.Where(c => !names.IsNamed(c)).ToArray());
    }
}
