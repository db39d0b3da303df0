using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>The payer rules file as written (docs/payer-rules.md). Unknown properties are errors, so a typo cannot silently drop a rule.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class PayerRulesDocument
{
    /// <summary>Free text for the people who edit the file.</summary>
    public string? Description { get; set; }

    /// <summary>What applies to a payer without an entry, and to every property a payer's entry leaves out.</summary>
    public PayerRuleDocument? Defaults { get; set; }

    /// <summary>Entries by payer id (the id the clearinghouse routes on, 2010BB NM109), compared case-insensitively.</summary>
    public Dictionary<string, PayerRuleDocument>? Payers { get; set; }
}

/// <summary>One payer's entry (or the defaults). Every property is optional.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class PayerRuleDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? TimelyFilingDays { get; set; }

    public List<string>? PriorAuthorizationCodes { get; set; }

    public List<string>? AcceptedClaimFrequencyCodes { get; set; }

    public List<string>? RequiredFields { get; set; }

    /// <summary>SBR09 for this payer's claims (MB Medicare Part B, MC Medicaid, CI commercial, …); see <see cref="ClaimFilingIndicators"/>.</summary>
    public string? ClaimFilingIndicator { get; set; }
}

/// <summary>Source-generated JSON for the payer rules file: camelCase, comments and trailing commas allowed.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(PayerRulesDocument))]
public sealed partial class PayerRulesJson : JsonSerializerContext;
