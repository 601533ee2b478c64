using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Douyin.Eligibility.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
