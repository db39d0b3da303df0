using Azure;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>An interchange record as read, with the ETag that guards its next status change.</summary>
public sealed record StoredInterchange(InterchangeRecord Record, ETag ETag);
