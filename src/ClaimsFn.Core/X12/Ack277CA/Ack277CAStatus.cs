namespace ClaimsFn.Core.X12.Ack277CA;

/// <summary>
/// One status of a 277CA STC segment (STC01, STC10 or STC11): health care claim status category code,
/// claim status code, and entity identifier code, e.g. <c>A7:21:PR</c>.
/// </summary>
public sealed record Ack277CAStatus(string Category, string Code, string? Entity)
{
    /// <summary>A1 received, A2 accepted into adjudication.</summary>
    public bool IsAcceptance => Category is "A1" or "A2";

    /// <summary>A3 returned as unprocessable, A4 not found, A6 missing information, A7 invalid information, A8 relational field in error.</summary>
    public bool IsRejection => Category is "A3" or "A4" or "A6" or "A7" or "A8";

    public string Describe() => $"{Category}:{Code}{(Entity is null ? "" : ":" + Entity)} ({CategoryText(Category)})";

    public static string CategoryText(string category) => category switch
    {
        "A0" => "forwarded to another entity",
        "A1" => "received",
        "A2" => "accepted into the adjudication system",
        "A3" => "returned as unprocessable",
        "A4" => "not found",
        "A5" => "split claim",
        "A6" => "rejected for missing information",
        "A7" => "rejected for invalid information",
        "A8" => "rejected for relational field in error",
        _ => "unlisted category",
    };
}
