using ClaimsFn.Bench;

var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = benchmarks.FirstOrDefault(b => b.Name == args.FirstOrDefault());
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ClaimsFn.Bench -- NAME [args]");
    foreach (var b in benchmarks) Console.Error.WriteLine($"  {b.Name,-16} {b.Description}");
    return 2;
}
Console.WriteLine($"machine: {Machine.Describe()}");
return await chosen.RunAsync(args[1..]);
