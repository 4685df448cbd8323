using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Navigation;

/// <summary>A section of the admin dashboard at <c>/admin</c>, rendered by the named view component of the module that owns it.</summary>
/// <param name="ViewComponent">Name of a view component in the module; it renders the section's heading, chart and table.</param>
public sealed record DashboardSection(string ViewComponent, int Order = 100, string? Permission = null);

/// <summary>Contributes sections to the admin dashboard; a module that is not present simply contributes none.</summary>
public interface IAdminDashboardProvider
{
    IEnumerable<DashboardSection> GetSections();
}

public static class AdminDashboardRegistration
{
    public static IServiceCollection AddAdminDashboard<TProvider>(this IServiceCollection services)
        where TProvider : class, IAdminDashboardProvider =>
        services.AddSingleton<IAdminDashboardProvider, TProvider>();
}
