using System.Text.Json;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Every payer's rules, parsed and validated from one rules file (docs/payer-rules.md). A payer without an
/// entry gets <see cref="Defaults"/>. Immutable and safe to share between threads.
/// </summary>
public sealed class PayerRuleBook
{
    private const string EmbeddedResource = "ClaimsFn.Core.Scrubbing.PayerRules.default-payer-rules.json";
    private static readonly Lazy<PayerRuleBook> EmbeddedBook = new(LoadEmbedded);

    private readonly Dictionary<string, PayerRule> byPayer;

    private PayerRuleBook(PayerRule defaults, Dictionary<string, PayerRule> byPayer, string label)
    {
        Defaults = defaults;
        this.byPayer = byPayer;
        Label = label;
    }

    /// <summary>The rules embedded in this assembly (defaults plus the demo payers), used when <c>ClaimsFn:PayerRulesPath</c> is not set.</summary>
    public static PayerRuleBook Embedded => EmbeddedBook.Value;

    public PayerRule Defaults { get; }

    /// <summary>Where the rules came from, for logs.</summary>
    public string Label { get; }

    public IReadOnlyCollection<PayerRule> Payers => byPayer.Values;

    /// <summary>The payer's rules, or <see cref="Defaults"/> when the payer has no entry.</summary>
    public PayerRule For(string? payerId) =>
        payerId is not null && byPayer.TryGetValue(payerId.Trim(), out var rule) ? rule : Defaults;

    /// <summary>Parses and validates a rules file.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or breaks a rule; the message lists every problem with its path.</exception>
    public static PayerRuleBook Parse(string json, string label)
    {
        PayerRulesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PayerRulesJson.Default.PayerRulesDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The payer rules ({label}) are not valid JSON for the rules format: {ex.Message}", ex);
        }
        if (document is null) throw new InvalidDataException($"The payer rules ({label}) are empty.");

        var errors = new List<string>();
        var defaults = Resolve(null, document.Defaults, PayerRule.BuiltIn, "defaults", errors);
        var payers = new Dictionary<string, PayerRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, entry) in document.Payers ?? [])
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add("payers: a payer id is empty.");
                continue;
            }
            if (!payers.TryAdd(id.Trim(), Resolve(id.Trim(), entry, defaults, $"payers.{id}", errors)))
                errors.Add($"payers.{id}: the payer id appears twice (ids compare case-insensitively).");
        }
        if (errors.Count > 0)
            throw new InvalidDataException($"The payer rules ({label}) have {errors.Count} problem(s): {string.Join(" ", errors)}");
        return new PayerRuleBook(defaults, payers, label);
    }

    private static PayerRule Resolve(string? payerId, PayerRuleDocument? entry, PayerRule inherited, string path, List<string> errors)
    {
        if (entry is null)
            return payerId is null ? inherited : new PayerRule(payerId, payerId, inherited.TimelyFilingDays, inherited.PriorAuthorizationCodes, inherited.AcceptedClaimFrequencyCodes, inherited.RequiredFields) { ClaimFilingIndicator = inherited.ClaimFilingIndicator };

        var days = entry.TimelyFilingDays ?? inherited.TimelyFilingDays;
        if (entry.TimelyFilingDays is < 1 or > 3650) errors.Add($"{path}.timelyFilingDays: {days} is outside 1 to 3650 days.");

        var priorAuth = entry.PriorAuthorizationCodes is null
            ? inherited.PriorAuthorizationCodes
            : ProcedureCodeMatcher.Parse(entry.PriorAuthorizationCodes, $"{path}.priorAuthorizationCodes", errors);

        var frequencies = inherited.AcceptedClaimFrequencyCodes;
        if (entry.AcceptedClaimFrequencyCodes is not null)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in entry.AcceptedClaimFrequencyCodes)
            {
                var c = (code ?? "").Trim();
                if (PayerRule.KnownClaimFrequencyCodes.Contains(c)) set.Add(c);
                else errors.Add($"{path}.acceptedClaimFrequencyCodes: \"{code}\" is not a professional claim frequency code (1, 7 or 8).");
            }
            if (entry.AcceptedClaimFrequencyCodes.Count == 0) errors.Add($"{path}.acceptedClaimFrequencyCodes: the list is empty; a payer accepts at least original claims (1).");
            frequencies = set;
        }

        var fields = inherited.RequiredFields;
        if (entry.RequiredFields is not null)
        {
            var set = new HashSet<PayerRequiredField>();
            foreach (var name in entry.RequiredFields)
            {
                if (Enum.TryParse<PayerRequiredField>(name, ignoreCase: true, out var field) && Enum.IsDefined(field) && !int.TryParse(name, out _)) set.Add(field);
                else errors.Add($"{path}.requiredFields: \"{name}\" is not a known field ({string.Join(", ", Enum.GetNames<PayerRequiredField>().Select(JsonNamingPolicy.CamelCase.ConvertName))}).");
            }
            fields = set;
        }

        var filing = inherited.ClaimFilingIndicator;
        if (entry.ClaimFilingIndicator is not null)
        {
            filing = entry.ClaimFilingIndicator.Trim().ToUpperInvariant();
            if (!ClaimFilingIndicators.Known.Contains(filing))
                errors.Add($"{path}.claimFilingIndicator: \"{entry.ClaimFilingIndicator}\" is not an 837P SBR09 code ({string.Join(", ", ClaimFilingIndicators.Known)}).");
        }

        var displayName = string.IsNullOrWhiteSpace(entry.Name) ? payerId ?? "defaults" : entry.Name.Trim();
        return new PayerRule(payerId, displayName, days, priorAuth, frequencies, fields) { ClaimFilingIndicator = filing };
    }

    private static PayerRuleBook LoadEmbedded()
    {
        using var stream = typeof(PayerRuleBook).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded default payer rules");
    }
}
