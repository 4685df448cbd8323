using Pelhrimov.Identity.NiaSimulator.Domain;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Identity.NiaSimulator.Models;

/// <summary>The persona chooser: the request it answers and each persona, usable or not at the requested level.</summary>
public sealed record AuthorizePage(AuthorizeRequest Request, IReadOnlyList<PersonaChoice> Choices, string? Selected)
{
    public const string PersonaField = "persona";

    public static AuthorizePage For(AuthorizeRequest request, string? selected) => new(
        request,
        Personas.All.Select(p => new PersonaChoice(p, request.Accepts(p), request.Accepts(p) ? null : request.Refusal(p))).ToList(),
        Personas.Find(selected) is { } persona && request.Accepts(persona) ? persona.Id : null);
}

/// <summary>One persona on the chooser; <see cref="Refusal"/> explains why it is disabled.</summary>
public sealed record PersonaChoice(Persona Persona, bool Allowed, string? Refusal);

/// <summary>A message page of the simulator (errors, signed out).</summary>
public sealed record SimulatorMessage(string Title, string Text);
