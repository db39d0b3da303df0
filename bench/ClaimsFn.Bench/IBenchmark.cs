namespace ClaimsFn.Bench;

/// <summary>
/// One benchmark of the console harness: run with <c>dotnet run -c Release --project bench/ClaimsFn.Bench -- NAME [args]</c>.
/// Each prints its figures with the machine facts from <see cref="Machine"/>. Figures are measured here,
/// never asserted by tests.
/// </summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
