using Microsoft.AspNetCore.Http;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Content.Domain;
using Pelhrimov.Notifications.News;

namespace Pelhrimov.Notifications.Controllers;

/// <summary>What the subscription form posts.</summary>
public sealed class NewsSubscriptionInput
{
    [Required(ErrorMessage = "Vyplňte e-mailovou adresu.")]
    [EmailAddress(ErrorMessage = "Zadejte e-mailovou adresu ve tvaru jmeno@example.cz.")]
    [StringLength(254, ErrorMessage = "E-mailová adresa může mít nejvýš 254 znaků.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Vyberte rubriku.")]
    public string? Category { get; set; }
}

/// <summary>The subscription page: the form, the categories, and whether the request was just taken.</summary>
public sealed record NewsSubscriptionPage(NewsSubscriptionInput Input, IReadOnlyList<string> Categories, bool Requested);

/// <summary>The confirmation page: the subscription (null for a bad or expired link) and whether it is confirmed now.</summary>
public sealed record NewsConfirmationPage(string Token, string? Category, string? Email, bool Done);

/// <summary>
/// <c>/odber-novinek</c>: anyone subscribes to the news of an article category by e-mail (double opt-in). The answer is
/// the same whether the address was known or not; requests are rate-limited per client address and per e-mail address.
/// </summary>
[Route("odber-novinek")]
public sealed class NewsSubscriptionController(NewsSubscriptions subscriptions) : Controller
{
    public const string RateLimit = "news-subscribe";

    [HttpGet("")]
    public IActionResult Index()
    {
        Response.Headers.CacheControl = "no-store";
        return View(new NewsSubscriptionPage(new NewsSubscriptionInput(), ContentTypes.ArticleCategories, Requested: false));
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimit)]
    public async Task<IActionResult> Subscribe([Bind(Prefix = "Input")] NewsSubscriptionInput input, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (input.Category is { } category && !ContentTypes.ArticleCategories.Contains(category))
        {
            ModelState.AddModelError("Input.Category", "Vyberte rubriku ze seznamu.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new NewsSubscriptionPage(input, ContentTypes.ArticleCategories, Requested: false));
        }
        await subscriptions.SubscribeAsync(input.Email!, input.Category!, cancellationToken);
        return View("Index", new NewsSubscriptionPage(input, ContentTypes.ArticleCategories, Requested: true));
    }

    [HttpGet("potvrdit/{token}")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var subscription = await subscriptions.FindByConfirmationAsync(token, cancellationToken);
        if (subscription is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return View("Confirm", new NewsConfirmationPage(token, subscription?.Category, subscription?.Email, Done: false));
    }

    [HttpPost("potvrdit/{token}")]
    public async Task<IActionResult> ConfirmPost(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var subscription = await subscriptions.FindByConfirmationAsync(token, cancellationToken);
        if (subscription is null || !await subscriptions.ConfirmAsync(token, cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Confirm", new NewsConfirmationPage(token, null, null, Done: false));
        }
        return View("Confirm", new NewsConfirmationPage(token, subscription.Category, subscription.Email, Done: true));
    }
}
