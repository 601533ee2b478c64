using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Douyin.Eligibility.Tool.Commands.Check.Pipeline;

/// <summary>
/// Runs <c>process</c> over a sequence of inputs on worker threads and hands the results back in input order, with a
/// bounded number of inputs in flight: at most <c>capacity</c> inputs, and no more than <c>byteBudget</c> of their
/// <c>weigh</c>t once one is in flight, so memory stays flat whatever the input's length. The inputs are enumerated on a
/// thread of their own. Each worker has its own state (<c>newState</c>), listed in <see cref="States"/>. An exception,
/// whether from the enumeration or from <c>process</c>, is rethrown to the consumer at the input's place; enumeration
/// then stops.
/// </summary>
internal sealed class OrderedPipeline<TState, TIn, TOut>(
    int workers, int capacity, long byteBudget, Func<TIn, long> weigh, Func<TState> newState, Func<TState, TIn, TOut> process)
    where TIn : IDisposable
{
    private readonly ConcurrentQueue<TState> _states = new();
    private readonly object _budgetLock = new();
    private long _inFlightBytes;

    /// <summary>Every worker's state, once <see cref="Run"/> has been enumerated to its end.</summary>
    public IReadOnlyCollection<TState> States => _states;

    public IEnumerable<TOut> Run(IEnumerable<TIn> inputs)
    {
        // Not disposed: the reading thread may still be blocked in a read (of a terminal, say) when the consumer stops;
        // it finds the run cancelled once the read returns, and nothing it touches has been disposed under it.
        var stop = new CancellationTokenSource();
        var ordered = new BlockingCollection<Job>(Math.Max(1, capacity));
        var work = new BlockingCollection<Job>();
        Start("check reader", () => Produce(inputs, ordered, work, stop.Token));
        var workerThreads = new List<Thread>();
        for (var i = 0; i < Math.Max(1, workers); i++)
        {
            workerThreads.Add(Start($"check worker {i + 1}", () => Work(work, stop.Token)));
        }

        try
        {
            foreach (var job in ordered.GetConsumingEnumerable())
            {
                job.Done.Wait();
                job.Done.Dispose();
                Release(job.Weight);
                job.Failure?.Throw();
                yield return job.Output!;
            }
        }
        finally
        {
            stop.Cancel();
            lock (_budgetLock)
            {
                Monitor.PulseAll(_budgetLock);
            }

            // A worker finishes the batch in its hands; the reader is not waited for (see above).
            foreach (var thread in workerThreads)
            {
                thread.Join();
            }

            foreach (var job in ordered)
            {
                job.Input?.Dispose();
            }
        }
    }

    private static Thread Start(string name, Action run)
    {
        var thread = new Thread(() => run()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    private void Produce(IEnumerable<TIn> inputs, BlockingCollection<Job> ordered, BlockingCollection<Job> work, CancellationToken stop)
    {
        Job? pending = null;
        try
        {
            using var enumerator = inputs.GetEnumerator();
            while (!stop.IsCancellationRequested)
            {
                Job job;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }

                    job = new Job(enumerator.Current, weigh(enumerator.Current));
                }
                catch (Exception e)
                {
                    // Reading failed: the consumer gets the failure after everything read before it.
                    job = new Job(default, 0) { Failure = ExceptionDispatchInfo.Capture(e) };
                    job.Done.Set();
                    ordered.Add(job, stop);
                    break;
                }

                pending = job;
                if (!Reserve(job.Weight, stop))
                {
                    break;
                }

                ordered.Add(job, stop);
                pending = null;
                work.Add(job);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            // An input read but never handed on (the consumer stopped) is let go here.
            pending?.Input?.Dispose();
            work.CompleteAdding();
            ordered.CompleteAdding();
        }
    }

    private void Work(BlockingCollection<Job> work, CancellationToken stop)
    {
        var state = newState();
        _states.Enqueue(state);
        try
        {
            foreach (var job in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    job.Output = process(state, job.Input!);
                }
                catch (Exception e)
                {
                    job.Failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    job.Input!.Dispose();
                    job.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Waits until the input fits the byte budget; one input always fits when nothing else is in flight.
    private bool Reserve(long weight, CancellationToken stop)
    {
        lock (_budgetLock)
        {
            while (_inFlightBytes > 0 && _inFlightBytes + weight > byteBudget)
            {
                if (stop.IsCancellationRequested)
                {
                    return false;
                }

                Monitor.Wait(_budgetLock);
            }

            _inFlightBytes += weight;
            return !stop.IsCancellationRequested;
        }
    }

    private void Release(long weight)
    {
        lock (_budgetLock)
        {
            _inFlightBytes -= weight;
            Monitor.PulseAll(_budgetLock);
        }
    }

    private sealed class Job(TIn? input, long weight)
    {
        public TIn? Input { get; } = input;

        public long Weight { get; } = weight;

        public ManualResetEventSlim Done { get; } = new();

        public TOut? Output { get; set; }

        public ExceptionDispatchInfo? Failure { get; set; }
    }
}
