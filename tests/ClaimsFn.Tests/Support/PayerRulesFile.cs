namespace ClaimsFn.Tests.Support;

/// <summary>A payer rules file (docs/payer-rules.md) in a temporary folder, for <c>ClaimsFn:PayerRulesPath</c>; deleted on dispose.</summary>
public sealed class PayerRulesFile : IDisposable
{
    /// <summary>The demo payers with Acme's timely-filing limit at 90 days (the embedded rules give it 365).</summary>
    public const string AcmeNinetyDays = """
        {
          "payers": {
            "MCR01": { "name": "Medicare Part B (test)", "timelyFilingDays": 365, "claimFilingIndicator": "MB" },
            "ACME1": { "name": "Acme Health Plan (test)", "timelyFilingDays": 90, "claimFilingIndicator": "CI" }
          }
        }
        """;

    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimsfn-payer-rules-" + Guid.NewGuid().ToString("N"));

    public PayerRulesFile(string json)
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "payer-rules.json");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { } // a leftover temp folder is harmless
    }
}
