using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>The claim under scrub and the reference data of its date of service.</summary>
public sealed record ScrubContext(Encounter Encounter, IcdCodeSet? CodeSet);
