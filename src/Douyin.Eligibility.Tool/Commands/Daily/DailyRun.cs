using System.Diagnostics;
using System.Globalization;
using Douyin.Eligibility.History;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.History.Records;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Commands.Check.Pipeline;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>
/// One run of <c>daily</c>: evaluates the snapshots as <c>check</c> does (the same batches, workers and typed API), records
/// every decision in the store, one day per asOf date, then reports the latest day against the run before it. A day is
/// written in batches and put in place (replacing an earlier run of that day) only once every batch is in: a run that fails
/// leaves the store as it was.
/// </summary>
internal sealed class DailyRun(
    ToolContext context,
    string inputPath,
    string workflowName,
    string storeLocation,
    string? rulesPath,
    DateOnly? asOf,
    decimal margin,
    bool keepSnapshots,
    CultureInfo culture,
    SnapshotReadOptions readOptions)
{
    /// <summary>Items per batch handed to a worker.</summary>
    internal int BatchItems { get; init; } = 256;

    /// <summary>Decisions per store transaction.</summary>
    internal int StoreBatch { get; init; } = 5000;

    /// <summary>Worker threads: one per core.</summary>
    internal int Workers { get; init; } = Environment.ProcessorCount;

    public int Execute()
    {
        var family = ToolFamilies.Get(context, workflowName);
        var evaluator = TypedEvaluator.Create(rulesPath, context, culture);
        using var source = InputSource.Open(inputPath, context, readOptions);
        var store = StoreAccess.Open(storeLocation);
        try
        {
            StoreAccess.Wait(store.InitializeAsync(), culture);
            var (days, invalid, timing) = Record(family, evaluator, source, store);
            if (days.Count == 0)
            {
                context.Error.WriteLine(ToolText.Get(culture, "Daily_NothingRecorded", source.Name));
                return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
            }

            foreach (var day in days)
            {
                context.Error.WriteLine(ToolText.Get(culture, "Daily_Recorded", day.Decisions, day.Family, TraceEntry.FormatValue(day.AsOf), store.Location));
            }

            context.Error.WriteLine(ToolText.Get(culture, "Daily_Timing", timing.Evaluate.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), timing.Store.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
            var latest = days.MaxBy(d => d.AsOf)!;
            var workflow = evaluator.RuleSet.GetWorkflow(family.WorkflowName, latest.AsOf);
            var limit = workflow?.Parameters.TryGetValue("MaxAllianceOpenings", out var value) == true && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : (int?)null;
            new DailyReport(store, family.Descriptor, culture, context.Out).Write(latest.AsOf, margin, limit);
            return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Evaluates and stores; the completed days, the invalid items, and the time spent evaluating (worker threads, summed) and storing.</summary>
    private (List<RunInfo> Days, int Invalid, (TimeSpan Evaluate, TimeSpan Store) Timing) Record(ToolFamily family, TypedEvaluator evaluator, InputSource source, IDecisionStore store)
    {
        var writers = new Dictionary<DateOnly, (IDecisionRunWriter Writer, List<DecisionRecord> Pending)>();
        var invalid = 0;
        var storeClock = new Stopwatch();
        var evaluateTicks = 0L;
        try
        {
            var pipeline = new OrderedPipeline<DailyWorker, InputBatch, DailyBatch>(
                Workers,
                capacity: (2 * Workers) + 2,
                byteBudget: Math.Max(32L << 20, 2L * readOptions.MaxItemBytes),
                batch => batch.Bytes,
                () => new DailyWorker(family, evaluator, source.Name, culture, keepSnapshots),
                (worker, batch) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = worker.Process(batch);
                    Interlocked.Add(ref evaluateTicks, Stopwatch.GetTimestamp() - started);
                    return result;
                });
            var progress = new ProgressRunner(context, source, culture);
            progress.Run(pipeline.Run(family.ReadBatches(source, asOf, culture, BatchItems)), batch =>
            {
                foreach (var report in batch.Reports)
                {
                    progress.Report(report);
                }

                invalid += batch.Reports.Count;
                storeClock.Start();
                foreach (var record in batch.Records)
                {
                    if (!writers.TryGetValue(record.AsOf, out var day))
                    {
                        var writer = StoreAccess.Wait(store.BeginRunAsync(new RunDescriptor(family.WorkflowName, record.AsOf, evaluator.RuleSet.ContentHash)), culture);
                        writers[record.AsOf] = day = (writer, new List<DecisionRecord>(StoreBatch));
                    }

                    day.Pending.Add(record);
                    if (day.Pending.Count >= StoreBatch)
                    {
                        Flush(day);
                    }
                }

                storeClock.Stop();
                batch.Failure?.Throw();
            });

            storeClock.Start();
            var days = new List<RunInfo>();
            foreach (var day in writers.Values)
            {
                Flush(day);
                days.Add(StoreAccess.Wait(day.Writer.CompleteAsync(), culture));
            }

            storeClock.Stop();
            return (days, invalid, (TimeSpan.FromSeconds(evaluateTicks / (double)Stopwatch.Frequency), storeClock.Elapsed));
        }
        finally
        {
            // Completed runs are in place; any other is discarded, and the store keeps what it had.
            foreach (var day in writers.Values)
            {
                day.Writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        void Flush((IDecisionRunWriter Writer, List<DecisionRecord> Pending) day)
        {
            if (day.Pending.Count > 0)
            {
                StoreAccess.Wait(day.Writer.WriteAsync(day.Pending), culture);
                day.Pending.Clear();
            }
        }
    }
}
