namespace ClaimsFn.Core.X12;

/// <summary>
/// What a reader made of its input: a value, or the located issues that stopped it (bad input is a
/// result, not an exception). A value can come with warnings in <see cref="Issues"/> too.
/// </summary>
public sealed record X12ParseResult<T>(T? Value, IReadOnlyList<X12Issue> Issues) where T : class
{
    public bool Success => Value is not null;

    public static X12ParseResult<T> Failed(params X12Issue[] issues) => new(null, issues);

    public static X12ParseResult<T> Ok(T value, IReadOnlyList<X12Issue>? warnings = null) => new(value, warnings ?? []);
}
