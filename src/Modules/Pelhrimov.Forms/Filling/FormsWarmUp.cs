using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Forms.Filling;

/// <summary>Reads the catalogue of forms at start, so that the first page with a link to a form does not wait for it.</summary>
public sealed class FormsWarmUp : IWarmUp
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<LiveForms>().CatalogueAsync(cancellationToken);
}
