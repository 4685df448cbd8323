using Pelhrimov.Core.Audit;

namespace Pelhrimov.People.Domain;

/// <summary>Audit codes the People module writes.</summary>
public static class PeopleAuditActions
{
    public const string Linked = "people.linked";
    public const string Unlinked = "people.unlinked";
    public const string ReviewOpened = "people.review-opened";
    public const string PersonCreated = "people.person-created";
    public const string PersonUpdated = "people.person-updated";

    public const string PersonEntity = "Person";
}

/// <summary>Czech names of <see cref="PeopleAuditActions"/>.</summary>
public sealed class PeopleAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [PeopleAuditActions.Linked] = "Propojení účtu občana s osobou",
        [PeopleAuditActions.Unlinked] = "Odpojení účtu občana od osoby",
        [PeopleAuditActions.ReviewOpened] = "Propojení osoby čeká na úředníka",
        [PeopleAuditActions.PersonCreated] = "Nová osoba z úředního systému",
        [PeopleAuditActions.PersonUpdated] = "Změna osoby z úředního systému",
    };
}
