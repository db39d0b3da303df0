using System.ComponentModel.DataAnnotations;

namespace ClaimsFn.Core.X12;

/// <summary>
/// Who the pipeline is in X12 and how it writes and batches 837P interchanges: section <c>ClaimsFn:X12</c>
/// (app settings <c>ClaimsFn__X12__*</c>). The trading-partner values come from the clearinghouse's
/// enrollment; the defaults are for local runs and tests.
/// </summary>
public sealed class X12Options
{
    public const string SectionName = "ClaimsFn:X12";

    /// <summary>ISA05, the qualifier of <see cref="SenderId"/>. The default value is ZZ (mutually defined).</summary>
    [Required]
    [RegularExpression("^[0-9A-Z]{2}$")]
    public string SenderIdQualifier { get; set; } = "ZZ";

    /// <summary>ISA06 (and GS02 unless <see cref="ApplicationSenderCode"/> is set). Control numbers are unique per sender id.
    /// The default value is CLAIMSFN.</summary>
    [Required]
    [RegularExpression("^[0-9A-Za-z][0-9A-Za-z .-]{0,14}$")]
    public string SenderId { get; set; } = "CLAIMSFN";

    /// <summary>ISA07. The default value is ZZ.</summary>
    [Required]
    [RegularExpression("^[0-9A-Z]{2}$")]
    public string ReceiverIdQualifier { get; set; } = "ZZ";

    /// <summary>ISA08 (and GS03 unless <see cref="ApplicationReceiverCode"/> is set): the clearinghouse. The default value is CLEARINGHOUSE.</summary>
    [Required]
    [RegularExpression("^[0-9A-Za-z][0-9A-Za-z .-]{0,14}$")]
    public string ReceiverId { get; set; } = "CLEARINGHOUSE";

    /// <summary>GS02; empty uses <see cref="SenderId"/>.</summary>
    [StringLength(15)]
    public string? ApplicationSenderCode { get; set; }

    /// <summary>GS03; empty uses <see cref="ReceiverId"/>.</summary>
    [StringLength(15)]
    public string? ApplicationReceiverCode { get; set; }

    /// <summary>ISA15: T (test) or P (production). The default value is T: production is a deliberate switch.</summary>
    [Required]
    [RegularExpression("^[TP]$")]
    public string UsageIndicator { get; set; } = "T";

    /// <summary>1000A NM103. The default value is CLAIMSFN.</summary>
    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string SubmitterName { get; set; } = "CLAIMSFN";

    /// <summary>1000A NM109, the submitter id the clearinghouse assigned. The default value is CLAIMSFN.</summary>
    [Required]
    [StringLength(80, MinimumLength = 2)]
    public string SubmitterId { get; set; } = "CLAIMSFN";

    /// <summary>1000A PER02, the EDI contact. The default value is EDI DESK.</summary>
    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string SubmitterContactName { get; set; } = "EDI DESK";

    /// <summary>1000A PER04 (TE): ten digits. The default value is 5555550100.</summary>
    [Required]
    [RegularExpression("^[0-9]{10}$")]
    public string SubmitterContactPhone { get; set; } = "5555550100";

    /// <summary>1000B NM103. The default value is CLEARINGHOUSE.</summary>
    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string ReceiverName { get; set; } = "CLEARINGHOUSE";

    /// <summary>1000B NM109; empty uses <see cref="ReceiverId"/>.</summary>
    [StringLength(80)]
    public string? ReceiverPrimaryId { get; set; }

    /// <summary>The four separators in order: element, component, repetition, segment terminator.
    /// The default value is <c>*:^~</c>.</summary>
    [Required]
    [StringLength(4, MinimumLength = 4)]
    public string Separators { get; set; } = "*:^~";

    /// <summary>Write a line break after each segment terminator (readable files; most receivers accept it).
    /// The default value is false.</summary>
    public bool LineBreakAfterSegment { get; set; }

    /// <summary>Claims per transaction set (ST/SE). The guide recommends at most 5000 CLM per ST.
    /// The default value is 5000.</summary>
    [Range(1, 5000)]
    public int MaxClaimsPerTransactionSet { get; set; } = 5000;

    /// <summary>Claims per interchange; a payer with more due in one window gets several interchanges.
    /// The default value is 5000.</summary>
    [Range(1, 100_000)]
    public int MaxClaimsPerInterchange { get; set; } = 5000;

    /// <summary>Control numbers an instance reserves per trip to the counter row. Larger blocks mean fewer
    /// ETag round trips and more unused numbers when an instance stops (gaps are allowed, reuse is not).
    /// The default value is 20.</summary>
    [Range(1, 10_000)]
    public int ControlNumberBlockSize { get; set; } = 20;

    /// <summary>How old an unfinished interchange must be before a window run recovers it (sends it again or
    /// releases its claims). Longer than one window run can take. The default value is 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RecoverAfter { get; set; } = TimeSpan.FromMinutes(5);

    public X12Delimiters GetDelimiters()
    {
        if (Separators.Length != 4) throw new InvalidOperationException("ClaimsFn:X12:Separators must be four characters: element, component, repetition, segment.");
        return X12Delimiters.TryCreate(Separators[0], Separators[1], Separators[2], Separators[3], out var d, out var problem)
            ? d
            : throw new InvalidOperationException($"ClaimsFn:X12:Separators is not usable: {problem}");
    }
}
