using System.Diagnostics;
using System.Text;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>What a run covers and how.</summary>
/// <param name="Seed">The corpus seed.</param>
/// <param name="Start">The first case index.</param>
/// <param name="Cases">How many cases to run (skipped categories do not count).</param>
/// <param name="Workers">Worker threads.</param>
/// <param name="CaseBudget">How long one case may run before it is reported as a hang and its worker abandoned.</param>
/// <param name="Skip">Categories not run (see <see cref="FuzzSettings.KnownFailingCategories"/>).</param>
/// <param name="MarkerDirectory">Where each worker writes the case it is running (read it after a crash); null: no files.</param>
/// <param name="SkipCases">Single case indices not run (see <see cref="FuzzSettings.KnownFailingCases"/>).</param>
public sealed record FuzzRunSettings(int Seed, long Start, long Cases, int Workers, TimeSpan CaseBudget, IReadOnlySet<FuzzCategory> Skip, string? MarkerDirectory, IReadOnlySet<long> SkipCases);

/// <summary>A case that threw, or did not finish in time.</summary>
public sealed record FuzzFailure(FuzzCase Case, FuzzStage Stage, Exception? Exception, TimeSpan Elapsed)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var what = Exception is null ? $"no result after {Elapsed.TotalSeconds:0.#} s" : $"{Exception.GetType().FullName}: {Exception.Message}";
        var top = Exception?.StackTrace?.Split('\n').Take(6).Select(l => "      " + l.Trim()) ?? [];
        return $"{Case} — {Stage}: {what}\n{string.Join('\n', top)}";
    }
}

/// <summary>Counts and failures of one run.</summary>
public sealed class FuzzReport
{
    private readonly object _gate = new();
    private readonly List<FuzzFailure> _failures = [];
    private readonly Dictionary<FuzzCategory, (long Ran, long Loaded, TimeSpan Time)> _byCategory = [];
    private readonly List<(TimeSpan Elapsed, FuzzCase Case)> _slowest = [];

    /// <summary>Cases run (the hung ones included).</summary>
    public long Ran { get; private set; }

    /// <summary>Cases whose files loaded (and were then evaluated).</summary>
    public long Loaded { get; private set; }

    /// <summary>The highest case index run, plus one.</summary>
    public long EndIndex { get; internal set; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Every failure, by case index.</summary>
    public IReadOnlyList<FuzzFailure> Failures
    {
        get
        {
            lock (_gate)
            {
                return _failures.OrderBy(f => f.Case.Index).ToArray();
            }
        }
    }

    internal void Record(FuzzCase fuzzCase, FuzzOutcome outcome, TimeSpan elapsed)
    {
        lock (_gate)
        {
            Ran++;
            var (ran, loaded, time) = _byCategory.GetValueOrDefault(fuzzCase.Category);
            _byCategory[fuzzCase.Category] = (ran + 1, loaded + (outcome.Loaded ? 1 : 0), time + elapsed);
            Loaded += outcome.Loaded ? 1 : 0;
            if (outcome.Failed)
            {
                _failures.Add(new FuzzFailure(fuzzCase, outcome.FailedStage!.Value, outcome.Exception, elapsed));
            }

            if (_slowest.Count < 10 || elapsed > _slowest[^1].Elapsed)
            {
                _slowest.Add((elapsed, fuzzCase with { Files = [] }));
                _slowest.Sort((a, b) => b.Elapsed.CompareTo(a.Elapsed));
                if (_slowest.Count > 10)
                {
                    _slowest.RemoveAt(10);
                }
            }
        }
    }

    internal void RecordHang(FuzzCase fuzzCase, TimeSpan elapsed)
    {
        lock (_gate)
        {
            Ran++;
            var (ran, loaded, time) = _byCategory.GetValueOrDefault(fuzzCase.Category);
            _byCategory[fuzzCase.Category] = (ran + 1, loaded, time + elapsed);
            _failures.Add(new FuzzFailure(fuzzCase, FuzzStage.Hang, null, elapsed));
        }
    }

    /// <summary>Totals, per category, and the slowest cases.</summary>
    public string Summary()
    {
        lock (_gate)
        {
            var builder = new StringBuilder();
            builder.AppendLine($"{Ran} cases ({Loaded} loaded and evaluated, {Ran - Loaded} rejected with diagnostics or failed) in {Elapsed.TotalSeconds:0.0} s; {_failures.Count} failure(s); last index {EndIndex - 1}.");
            foreach (var (category, (ran, loaded, time)) in _byCategory.OrderBy(c => c.Key))
            {
                builder.AppendLine($"  {category,-22} {ran,8} run {loaded,8} loaded {time.TotalSeconds,8:0.0} s ({time.TotalMilliseconds / ran,6:0.0} ms a case)");
            }

            builder.AppendLine("Slowest:");
            foreach (var (elapsed, fuzzCase) in _slowest)
            {
                builder.AppendLine($"  {elapsed.TotalMilliseconds,8:0} ms  {fuzzCase}");
            }

            return builder.ToString();
        }
    }

    /// <summary>The failures, grouped by category, stage and exception type, with the first few of each in full.</summary>
    public string DescribeFailures(int perGroup = 3)
    {
        var builder = new StringBuilder();
        foreach (var group in Failures.GroupBy(f => (f.Case.Category, f.Stage, Type: f.Exception?.GetType().Name ?? "hang")))
        {
            builder.AppendLine($"{group.Key.Category} / {group.Key.Stage} / {group.Key.Type}: {group.Count()} case(s), e.g. {string.Join(", ", group.Take(10).Select(f => f.Case.Index))}");
            foreach (var failure in group.Take(perGroup))
            {
                builder.AppendLine("  " + failure);
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// Runs cases on dedicated worker threads. A case that runs past its budget is reported as a hang and its worker is
/// abandoned (a background thread cannot be stopped; a replacement takes over). Before each case a worker writes it
/// to its marker file, so after a crash that no code can catch (a stack overflow ends the process) the file names
/// the case to reproduce.
/// </summary>
public static class FuzzRunner
{
    /// <summary>Runs the cases of <paramref name="settings"/>.</summary>
    public static FuzzReport Run(FuzzRunSettings settings)
    {
        var corpus = new RuleFileCorpus(settings.Seed);
        var report = new FuzzReport();
        var cursor = new Cursor(settings);
        var stopwatch = Stopwatch.StartNew();
        if (settings.MarkerDirectory is not null)
        {
            Directory.CreateDirectory(settings.MarkerDirectory);
        }

        var workers = Enumerable.Range(0, settings.Workers).Select(i => Worker.Start(i, corpus, cursor, report, settings)).ToList();
        var next = workers.Count;
        while (true)
        {
            if (workers.All(w => w.Finished.Wait(50)))
            {
                break;
            }

            for (var i = 0; i < workers.Count; i++)
            {
                if (workers[i].Overdue(settings.CaseBudget) is { } hung)
                {
                    report.RecordHang(hung.Case, hung.Elapsed);
                    workers[i].Abandon();
                    workers[i] = Worker.Start(next++, corpus, cursor, report, settings);
                }
            }
        }

        foreach (var worker in workers)
        {
            worker.DeleteMarker();
        }

        report.EndIndex = cursor.End;
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Hands out case indices in order, skipping the excluded categories, until enough cases were taken.</summary>
    private sealed class Cursor(FuzzRunSettings settings)
    {
        private readonly object _gate = new();
        private long _next = settings.Start;
        private long _taken;

        public long End { get; private set; } = settings.Start;

        public bool TryTake(out long index)
        {
            lock (_gate)
            {
                while (_taken < settings.Cases)
                {
                    index = _next++;
                    if (!settings.Skip.Contains(RuleFileCorpus.CategoryOf(index)) && !settings.SkipCases.Contains(index))
                    {
                        _taken++;
                        End = index + 1;
                        return true;
                    }
                }

                index = -1;
                return false;
            }
        }
    }

    private sealed class Worker
    {
        private readonly object _gate = new();
        private readonly FileStream? _marker;
        private readonly string? _markerPath;
        private FuzzCase? _current;
        private long _startedTicks;
        private volatile bool _abandoned;

        private Worker(int id, FuzzRunSettings settings)
        {
            if (settings.MarkerDirectory is not null)
            {
                _markerPath = Path.Combine(settings.MarkerDirectory, $"fuzz-running-{id}.txt");
                _marker = new FileStream(_markerPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            }
        }

        public ManualResetEventSlim Finished { get; } = new();

        public static Worker Start(int id, RuleFileCorpus corpus, Cursor cursor, FuzzReport report, FuzzRunSettings settings)
        {
            var worker = new Worker(id, settings);
            var thread = new Thread(() => worker.Loop(corpus, cursor, report)) { IsBackground = true, Name = $"fuzz-{id}" };
            thread.Start();
            return worker;
        }

        public (FuzzCase Case, TimeSpan Elapsed)? Overdue(TimeSpan budget)
        {
            lock (_gate)
            {
                if (_current is null || Finished.IsSet)
                {
                    return null;
                }

                var elapsed = Stopwatch.GetElapsedTime(_startedTicks);
                return elapsed > budget ? (_current, elapsed) : null;
            }
        }

        public void Abandon()
        {
            _abandoned = true;
            Finished.Set();
        }

        public void DeleteMarker()
        {
            if (_marker is null || _abandoned)
            {
                return;
            }

            lock (_gate)
            {
                _marker.Dispose();
                File.Delete(_markerPath!);
            }
        }

        private void Loop(RuleFileCorpus corpus, Cursor cursor, FuzzReport report)
        {
            try
            {
                while (!_abandoned && cursor.TryTake(out var index))
                {
                    FuzzCase fuzzCase;
                    try
                    {
                        fuzzCase = corpus.Generate(index);
                    }
                    catch (Exception exception)
                    {
                        var placeholder = new FuzzCase(corpus.Seed, index, RuleFileCorpus.CategoryOf(index), [], "generator failed");
                        report.Record(placeholder, new FuzzOutcome(false, 0, 0, FuzzStage.Generate, exception), TimeSpan.Zero);
                        continue;
                    }

                    Mark(fuzzCase);
                    var started = Stopwatch.GetTimestamp();
                    lock (_gate)
                    {
                        _current = fuzzCase;
                        _startedTicks = started;
                    }

                    var outcome = FuzzOracle.Check(fuzzCase);
                    lock (_gate)
                    {
                        _current = null;
                        if (_abandoned)
                        {
                            return;
                        }
                    }

                    report.Record(fuzzCase, outcome, Stopwatch.GetElapsedTime(started));
                }
            }
            finally
            {
                Finished.Set();
            }
        }

        private void Mark(FuzzCase fuzzCase)
        {
            if (_marker is null)
            {
                return;
            }

            var text = Encoding.UTF8.GetBytes($"seed {fuzzCase.Seed} case {fuzzCase.Index} {fuzzCase.Category}: {fuzzCase.Note}\nreproduce: FUZZ_SEED={fuzzCase.Seed} FUZZ_CASE={fuzzCase.Index} (see docs/fuzzing.md)\n");
            _marker.SetLength(0);
            _marker.Write(text);
            _marker.Flush();
        }
    }
}
