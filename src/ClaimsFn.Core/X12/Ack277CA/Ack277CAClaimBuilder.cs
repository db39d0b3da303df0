namespace ClaimsFn.Core.X12.Ack277CA;

/// <summary>Collects one patient level of a 277CA while <see cref="Ack277CAReader"/> walks its segments.</summary>
internal sealed class Ack277CAClaimBuilder(int position)
{
    public int Position { get; } = position;
    public string PatientControlNumber { get; set; } = "";
    public List<Ack277CAStatus> Statuses { get; } = [];
    public List<Ack277CAStatus> LineStatuses { get; } = [];
    public string? PayerClaimControlNumber { get; set; }
    public string? TraceNumber { get; set; }
    public decimal? ChargeAmount { get; set; }
}
