using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Controllers.Admin;

/// <summary>A refused catalogue change on the page: its message on the summary, each definition problem by its JSON path.</summary>
internal static class CatalogProblems
{
    public static void AddCatalogProblems(this ModelStateDictionary modelState, CatalogResult result, string key = "Input.Json")
    {
        if (result.Message is not null)
        {
            modelState.AddModelError("", result.Message);
        }
        foreach (var problem in result.Problems)
        {
            modelState.AddModelError(key, $"{problem.Path}: {problem.Message}");
        }
    }
}
