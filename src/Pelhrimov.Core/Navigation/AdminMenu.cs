using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Navigation;

/// <summary>An entry of the admin menu; shown only to users holding <see cref="Permission"/> (if set).</summary>
public sealed record AdminMenuItem(string Text, string Url, string? Permission = null, int Order = 100);

/// <summary>Contributes entries to the admin menu; each module registers one.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

public static class AdminMenuRegistration
{
    public static IServiceCollection AddAdminMenu<TProvider>(this IServiceCollection services)
        where TProvider : class, IAdminMenuProvider =>
        services.AddSingleton<IAdminMenuProvider, TProvider>();
}
