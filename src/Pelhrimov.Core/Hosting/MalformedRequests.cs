using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Exceptions that say the request was malformed rather than that the server failed: a form or multipart body that
/// cannot be read or is over a limit (a 3 000-character key), a multipart body without a boundary, bytes that are not
/// UTF-8. The exception handler answers them with 400 (413 and the like from Kestrel's own) and one log line.
/// </summary>
public static class MalformedRequests
{
    public static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException or DecoderFallbackException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsMalformedRequest(Exception exception) => StatusCodeOf(exception) < StatusCodes.Status500InternalServerError;
}
