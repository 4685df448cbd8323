using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Pelhrimov.Payments.GatewaySimulator.Controllers;

/// <summary>Puts the payment page under the configured base path, or removes it when the simulator is off.</summary>
internal sealed class SimulatorRoutesConvention(GatewaySimulatorOptions options) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        var controller = application.Controllers.FirstOrDefault(c => c.ControllerType == typeof(PaymentPageController));
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
