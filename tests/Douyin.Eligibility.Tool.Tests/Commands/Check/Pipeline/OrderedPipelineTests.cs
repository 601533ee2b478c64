using Douyin.Eligibility.Tool.Commands.Check.Pipeline;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Pipeline;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void Run_WorkersFinishingOutOfOrder_YieldsOutputsInInputOrder()
    {
        var pipeline = Pipeline(workers: 4, capacity: 16, process: n =>
        {
            // Later inputs of a round finish first.
            Thread.Sleep((7 - (n % 8)) % 3);
            return n * 10;
        });

        var outputs = pipeline.Run(Inputs(200)).ToList();

        outputs.Should().Equal(Enumerable.Range(0, 200).Select(n => n * 10));
        pipeline.States.Sum(s => s.Processed).Should().Be(200);
    }

    [Fact]
    public void Run_ProcessThrows_YieldsEarlierOutputsThenRethrowsAtThatInput()
    {
        var pipeline = Pipeline(workers: 3, capacity: 8, process: n => n == 57 ? throw new InvalidOperationException("at 57") : n);
        var seen = new List<int>();

        var run = () =>
        {
            foreach (var output in pipeline.Run(Inputs(100)))
            {
                seen.Add(output);
            }
        };

        run.Should().Throw<InvalidOperationException>().WithMessage("at 57");
        seen.Should().Equal(Enumerable.Range(0, 57));
    }

    [Fact]
    public void Run_EnumerationThrows_YieldsWhatWasReadBeforeThenRethrows()
    {
        var pipeline = Pipeline(workers: 2, capacity: 4, process: n => n);

        var seen = new List<int>();
        var run = () =>
        {
            foreach (var output in pipeline.Run(Failing(30)))
            {
                seen.Add(output);
            }
        };

        run.Should().Throw<IOException>().WithMessage("read failed");
        seen.Should().Equal(Enumerable.Range(0, 30));
    }

    [Fact]
    public void Run_ByteBudget_KeepsInputsInFlightWithinIt()
    {
        var made = 0;
        var maxInFlight = 0;
        var pipeline = new OrderedPipeline<Counter, Input, int>(
            workers: 4, capacity: 100, byteBudget: 300, weigh: _ => 100, () => new Counter(), (counter, input) => input.Value);

        foreach (var output in pipeline.Run(Inputs(50).Select(i => { Interlocked.Increment(ref made); return i; })))
        {
            maxInFlight = Math.Max(maxInFlight, Volatile.Read(ref made) - (output + 1));
            Thread.Sleep(1);
        }

        // Three within the budget, plus one read and waiting for room.
        maxInFlight.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public void Run_ConsumerStopsEarly_DisposesEveryInputAndStopsItsThreads()
    {
        var pulled = new List<Input>();
        var pipeline = Pipeline(workers: 2, capacity: 4, process: n => n);

        pipeline.Run(Inputs(1000).Select(i => { lock (pulled) { pulled.Add(i); } return i; })).Take(10).Should().Equal(Enumerable.Range(0, 10));

        // The reader lets go of an input it holds once it sees the run stopped, which may be a moment later.
        SpinWait.SpinUntil(() => { lock (pulled) { return pulled.All(i => i.Disposed); } }, TimeSpan.FromSeconds(10));
        lock (pulled)
        {
            pulled.Count.Should().BeLessThan(1000, "reading stops with the consumer");
            pulled.Should().OnlyContain(i => i.Disposed);
        }
    }

    private static OrderedPipeline<Counter, Input, int> Pipeline(int workers, int capacity, Func<int, int> process)
        => new(workers, capacity, long.MaxValue, _ => 1, () => new Counter(), (counter, input) =>
        {
            counter.Processed++;
            return process(input.Value);
        });

    private static IEnumerable<Input> Inputs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new Input(i);
        }
    }

    private static IEnumerable<Input> Failing(int before)
    {
        foreach (var input in Inputs(before))
        {
            yield return input;
        }

        throw new IOException("read failed");
    }

    private sealed class Counter
    {
        public int Processed { get; set; }
    }

    private sealed class Input(int value) : IDisposable
    {
        public int Value => value;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
