using System.Globalization;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Content.Services;

/// <summary><c>content.published</c> for workflows: the item's type, title, address and who published it (no citizen, no notification kind).</summary>
public sealed class ContentPublishedForWorkflows : IWorkflowEventSource<ContentPublished>
{
    public static WorkflowTriggerInfo Info { get; } = new("Zveřejněn obsah (článek, stránka, …)",
        [new("contentType", "Druh obsahu (Article, Page, …)"), new("title", "Titulek"), new("slug", "Adresa (slug)"), new("version", "Číslo verze"), new("actor", "Kdo zveřejnil")],
        new(new Dictionary<string, string?> { ["contentType"] = "Article", ["title"] = "Uzavírka Masarykova náměstí", ["slug"] = "uzavirka-masarykova-namesti", ["version"] = "1", ["actor"] = "redaktor@pelhrimov.cz" }, []));

    public Task<WorkflowEventData?> DescribeAsync(ContentPublished e, CancellationToken cancellationToken) =>
        Task.FromResult<WorkflowEventData?>(new(new Dictionary<string, string?>
        {
            ["contentType"] = e.ContentType, ["title"] = e.Title, ["slug"] = e.Slug, ["version"] = e.VersionNumber.ToString(CultureInfo.InvariantCulture), ["actor"] = e.Actor,
        }, []));
}
