using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Pelhrimov.Core.Modules;

/// <summary>
/// Puts one controller's attribute routes under a configurable base path, or removes the controller when its feature
/// is off (the development simulators: <c>/nia-simulator</c>, <c>/platebni-brana-simulator</c>), so that a switched-off
/// feature has no endpoint at all rather than one that answers "disabled".
/// </summary>
public sealed class ControllerUnderBasePath(Type controllerType, bool enabled, string basePath) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var controller = application.Controllers.FirstOrDefault(c => c.ControllerType == controllerType);
        if (controller is null)
        {
            return;
        }
        if (!enabled)
        {
            application.Controllers.Remove(controller);
            return;
        }
        if (basePath.Length == 0)
        {
            return;
        }
        var prefix = new AttributeRouteModel { Template = basePath.TrimStart('/') };
        foreach (var selector in controller.Selectors.Where(s => s.AttributeRouteModel is not null))
        {
            selector.AttributeRouteModel = AttributeRouteModel.CombineAttributeRouteModel(prefix, selector.AttributeRouteModel);
        }
    }
}
