namespace ClaimsFn.Core.X12;

/// <summary>
/// One element of a segment, read like the guide: components are 1-based (<c>CLM05-3</c> is
/// <c>segment[5].Component(3)</c>). An element that is absent or empty has the empty string as value.
/// </summary>
public readonly struct X12Element
{
    private readonly string? value;
    private readonly char componentSeparator;

    internal X12Element(string value, char componentSeparator) => (this.value, this.componentSeparator) = (value, componentSeparator);

    /// <summary>The element as written, components and repetitions included.</summary>
    public string Value => value ?? "";

    public bool IsEmpty => Value.Length == 0;

    /// <summary>The 1-based component; empty when the element has fewer.</summary>
    public string Component(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var value = Value;
        var start = 0;
        for (var i = 1; i < position; i++)
        {
            var next = value.IndexOf(componentSeparator, start);
            if (next < 0) return "";
            start = next + 1;
        }
        var end = value.IndexOf(componentSeparator, start);
        return end < 0 ? value[start..] : value[start..end];
    }

    /// <summary>All components (one for a simple element).</summary>
    public string[] Components => Value.Split(componentSeparator);

    public override string ToString() => Value;

    public static implicit operator string(X12Element element) => element.Value;
}
