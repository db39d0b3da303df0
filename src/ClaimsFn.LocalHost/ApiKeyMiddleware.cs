using System.Security.Cryptography;
using System.Text;
using ClaimsFn.Core.Api;

namespace ClaimsFn.LocalHost;

/// <summary>
/// The local stand-in for function keys: every <c>/api</c> request needs the configured key in the
/// <c>x-functions-key</c> header (or the <c>code</c> query parameter, as in Azure). Compared in constant time. The
/// dashboard's static files are the exception, as they are anonymous in Azure: the page asks for the key itself.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, string apiKey)
{
    private readonly byte[] expected = Encoding.UTF8.GetBytes(apiKey);

    public async Task InvokeAsync(HttpContext context)
    {
        var anonymous = context.GetEndpoint()?.Metadata.GetMetadata<LocalHttpFunctionAttribute>()?.Anonymous == true;
        if (context.Request.Path.StartsWithSegments("/" + ApiRoutes.Prefix) && !anonymous)
        {
            var given = context.Request.Headers[ApiRoutes.KeyHeader].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault() ?? "";
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { error = $"A valid key is required in the {ApiRoutes.KeyHeader} header." });
                return;
            }
        }
        await next(context);
    }
}
