namespace ClaimsFn.Core.Api;

/// <summary>An HTTP answer as the core gives it to a host: a status code and a body (JSON, or a dashboard asset's text).</summary>
public sealed record ApiResponse(int StatusCode, string Json, string ContentType = "application/json");

public sealed record ApiError(string Error);
