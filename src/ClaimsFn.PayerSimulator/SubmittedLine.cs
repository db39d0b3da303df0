namespace ClaimsFn.PayerSimulator;

/// <summary>One 837P service line as the simulated payer reads it (SV1, DTP*472).</summary>
public sealed record SubmittedLine(string Procedure, IReadOnlyList<string> Modifiers, decimal Charge, decimal Units, DateOnly? ServiceDate, string? LineControlNumber);
