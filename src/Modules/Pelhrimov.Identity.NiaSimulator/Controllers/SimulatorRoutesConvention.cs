using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Pelhrimov.Identity.NiaSimulator.Controllers;

/// <summary>Puts the simulator's pages under the configured base path, or removes them when the simulator is off.</summary>
internal sealed class SimulatorRoutesConvention(NiaSimulatorOptions options) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        var controller = application.Controllers.FirstOrDefault(c => c.ControllerType == typeof(NiaSimulatorController));
        if (controller is null)
        {
            return;
        }
        if (!options.Enabled)
        {
            application.Controllers.Remove(controller);
            return;
        }
        if (options.BasePath.Length == 0)
        {
            return;
        }
        var prefix = new AttributeRouteModel { Template = options.BasePath.TrimStart('/') };
        foreach (var selector in controller.Selectors.Where(s => s.AttributeRouteModel is not null))
        {
            selector.AttributeRouteModel = AttributeRouteModel.CombineAttributeRouteModel(prefix, selector.AttributeRouteModel);
        }
    }
}
