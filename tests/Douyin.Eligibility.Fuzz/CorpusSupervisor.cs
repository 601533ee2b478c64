using System.Diagnostics;
using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules.Tests.Fuzzing;

namespace Douyin.Eligibility.Fuzz;

/// <summary>
/// Runs the fixed-seed corpus in child processes, one per worker, each on its share of the cases. A child reports each
/// case before and after running it; a case that outlives its budget gets the child killed, a child that dies (a stack
/// overflow cannot be caught) is reported with the case it was running, and either way a new child goes on from the
/// next case. So a run of a million cases finishes and lists every failure, whatever the engine does.
/// </summary>
internal static class CorpusSupervisor
{
    public static int Run(Options options)
    {
        var skip = options.Skip();
        var cases = options.Cases ?? FuzzSettings.CiCases;
        var shards = Shards(options.Start, cases, options.Workers, skip, SkipCases(options));
        Console.WriteLine($"seed {options.Seed}: {cases} cases from {options.Start} in {shards.Count} child process(es), {options.BudgetSeconds} s budget a case, skipping {(skip.Count == 0 ? "nothing" : string.Join(", ", skip))}");
        var stopwatch = Stopwatch.StartNew();
        var results = new Shard[shards.Count];
        var threads = shards.Select((range, i) => new Thread(() => results[i] = RunShard(options, range.From, range.To, skip)) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        while (!threads.All(t => t.Join(TimeSpan.FromSeconds(30))))
        {
            var done = Shard.Progress;
            Console.WriteLine($"  {done} / {cases} cases, {Shard.FailureCount} failure(s), {stopwatch.Elapsed.TotalSeconds:0} s, {done / Math.Max(1, stopwatch.Elapsed.TotalSeconds):0} cases/s");
        }

        var failures = results.SelectMany(r => r.Failures).OrderBy(f => f.Index).ToList();
        var ran = results.Sum(r => r.Ran);
        var loaded = results.Sum(r => r.Loaded);
        Console.WriteLine($"{ran} cases ({loaded} loaded and evaluated) in {stopwatch.Elapsed.TotalSeconds:0.0} s, {results.Sum(r => r.Restarts)} child restart(s); {failures.Count} failure(s).");
        foreach (var group in failures.GroupBy(f => (Category: RuleFileCorpus.CategoryOf(f.Index), f.Stage, f.Type)))
        {
            Console.WriteLine($"{group.Key.Category} / {group.Key.Stage} / {group.Key.Type}: {group.Count()} case(s), e.g. {string.Join(", ", group.Take(10).Select(f => f.Index))}");
            foreach (var failure in group.Take(2))
            {
                Console.WriteLine($"  case {failure.Index}: {failure.Detail.Trim()}");
            }
        }

        if (failures.Count > 0)
        {
            Console.WriteLine($"Reproduce one with: dotnet run -c Release --project tests/Douyin.Eligibility.Fuzz -- case <index> --seed {options.Seed} --dump /tmp/fuzz");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs indices [from, to) but the skipped categories, reporting each on standard output.</summary>
    public static int Child(Options options)
    {
        var skip = options.Skip();
        var skipCases = SkipCases(options);
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var corpus = new RuleFileCorpus(options.Seed);

        // A thread of the default size, like the thread-pool threads a service evaluates on (the main thread's stack is larger).
        var thread = new Thread(() =>
        {
            for (var index = options.Start; index < options.To; index++)
            {
                if (skip.Contains(RuleFileCorpus.CategoryOf(index)) || skipCases.Contains(index))
                {
                    continue;
                }

                output.WriteLine($"S {index}");
                output.Flush();
                var started = Stopwatch.GetTimestamp();
                FuzzOutcome outcome;
                try
                {
                    outcome = FuzzOracle.Check(corpus.Generate(index));
                }
                catch (Exception exception)
                {
                    outcome = new FuzzOutcome(false, 0, 0, FuzzStage.Generate, exception);
                }

                if (outcome.Failed)
                {
                    var detail = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{outcome.Exception!.GetType().FullName}: {outcome.Exception.Message}\n{outcome.Exception.StackTrace}"));
                    output.WriteLine($"F {index} {outcome.FailedStage} {outcome.Exception.GetType().Name} {detail}");
                }

                output.WriteLine($"E {index} {(outcome.Loaded ? 1 : 0)} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0}");
            }

            output.WriteLine("D");
            output.Flush();
        });
        thread.Start();
        thread.Join();
        return 0;
    }

    /// <summary>The known failing cases of the CI seed, unless they are included.</summary>
    private static IReadOnlySet<long> SkipCases(Options options)
        => options.IncludeKnownFailing || options.Seed != RuleFileCorpus.DefaultSeed ? new HashSet<long>() : FuzzSettings.KnownFailingCases.Keys.ToHashSet();

    /// <summary>Splits the run into contiguous index ranges with about as many cases each.</summary>
    private static List<(long From, long To)> Shards(long start, long cases, int workers, IReadOnlySet<FuzzCategory> skip, IReadOnlySet<long> skipCases)
    {
        var shards = new List<(long, long)>();
        var index = start;
        for (var w = 0; w < workers; w++)
        {
            var share = cases / workers + (w < cases % workers ? 1 : 0);
            var from = index;
            for (long taken = 0; taken < share; index++)
            {
                if (!skip.Contains(RuleFileCorpus.CategoryOf(index)) && !skipCases.Contains(index))
                {
                    taken++;
                }
            }

            shards.Add((from, index));
        }

        return shards;
    }

    private static Shard RunShard(Options options, long from, long to, IReadOnlySet<FuzzCategory> skip)
    {
        var shard = new Shard();
        var next = from;
        while (next < to)
        {
            next = shard.RunChild(options, next, to, skip);
        }

        return shard;
    }

    internal sealed record Failure(long Index, string Stage, string Type, string Detail);

    private sealed class Shard
    {
        private static long _progress;
        private static long _failureCount;

        public static long Progress => Interlocked.Read(ref _progress);

        public static long FailureCount => Interlocked.Read(ref _failureCount);

        public List<Failure> Failures { get; } = [];

        public long Ran { get; private set; }

        public long Loaded { get; private set; }

        public int Restarts { get; private set; }

        /// <summary>Runs one child from <paramref name="from"/>; returns where the next child must start.</summary>
        public long RunChild(Options options, long from, long to, IReadOnlySet<FuzzCategory> skip)
        {
            var info = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            if (!Environment.ProcessPath!.EndsWith("Douyin.Eligibility.Fuzz", StringComparison.Ordinal))
            {
                info.ArgumentList.Add(typeof(Program).Assembly.Location);
            }

            var arguments = new List<string> { "corpus-child", "--seed", options.Seed.ToString(CultureInfo.InvariantCulture), "--from", from.ToString(CultureInfo.InvariantCulture), "--to", to.ToString(CultureInfo.InvariantCulture), "--skip", string.Join(',', skip) };
            if (options.IncludeKnownFailing)
            {
                arguments.Add("--include-known-failing");
            }

            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var child = Process.Start(info)!;
            var stderr = new StringBuilder();
            child.ErrorDataReceived += (_, e) =>
            {
                lock (stderr)
                {
                    if (e.Data is not null && stderr.Length < 20_000)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            };
            child.BeginErrorReadLine();

            long running = -1;
            var last = from - 1;
            var startedAt = Stopwatch.GetTimestamp();
            var finished = false;
            var lines = new System.Collections.Concurrent.BlockingCollection<string?>();
            var reader = new Thread(() =>
            {
                while (child.StandardOutput.ReadLine() is { } line)
                {
                    lines.Add(line);
                }

                lines.Add(null);
            }) { IsBackground = true };
            reader.Start();
            while (true)
            {
                if (!lines.TryTake(out var line, 200))
                {
                    if (running >= 0 && Stopwatch.GetElapsedTime(startedAt).TotalSeconds > options.BudgetSeconds)
                    {
                        child.Kill(entireProcessTree: true);
                        child.WaitForExit();
                        Add(new Failure(running, "Hang", "hang", $"no result after {options.BudgetSeconds} s"), loaded: false);
                        Restarts++;
                        return running + 1;
                    }

                    continue;
                }

                if (line is null)
                {
                    break;
                }

                var parts = line.Split(' ');
                switch (parts[0])
                {
                    case "S":
                        running = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        startedAt = Stopwatch.GetTimestamp();
                        break;
                    case "F":
                        Failures.Add(new Failure(long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], parts[3], Encoding.UTF8.GetString(Convert.FromBase64String(parts[4]))));
                        Interlocked.Increment(ref _failureCount);
                        break;
                    case "E":
                        last = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        Count(parts[2] == "1");
                        running = -1;
                        break;
                    case "D":
                        finished = true;
                        break;
                }
            }

            child.WaitForExit();
            if (finished)
            {
                return to;
            }

            // The child died: the case it was running (if any) is the culprit; go on after it.
            Restarts++;
            string tail;
            lock (stderr)
            {
                tail = string.Join('\n', stderr.ToString().Split('\n').Take(12));
            }

            if (running >= 0)
            {
                Add(new Failure(running, "Crash", $"exit {child.ExitCode}", tail), loaded: false);
                return running + 1;
            }

            return last + 1;
        }

        private void Add(Failure failure, bool loaded)
        {
            Failures.Add(failure);
            Interlocked.Increment(ref _failureCount);
            Count(loaded);
        }

        private void Count(bool loaded)
        {
            Ran++;
            Loaded += loaded ? 1 : 0;
            Interlocked.Increment(ref _progress);
        }
    }
}
