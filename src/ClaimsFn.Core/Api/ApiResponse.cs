namespace ClaimsFn.Core.Api;

/// <summary>An HTTP answer as the core gives it to a host: a status code and a JSON body.</summary>
public sealed record ApiResponse(int StatusCode, string Json);

public sealed record ApiError(string Error);
