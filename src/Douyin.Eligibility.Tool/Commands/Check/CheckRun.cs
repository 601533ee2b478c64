using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Commands.Check.Pipeline;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// One run of <c>check</c>: read, validate, evaluate and write. The input is read in batches on a thread of its own,
/// batches are parsed, validated, decided and encoded on worker threads, and their rows and reports are written in
/// input order, so the output is the same as one line at a time, with memory bounded by the batches in flight.
/// </summary>
internal sealed class CheckRun(
    ToolContext context,
    string inputPath,
    string workflowName,
    string? rulesPath,
    DateOnly? asOf,
    CultureInfo culture,
    string format,
    string? outputPath,
    SnapshotReadOptions readOptions)
{
    /// <summary>Items per batch handed to a worker.</summary>
    internal int BatchItems { get; init; } = 256;

    /// <summary>Worker threads: one per core.</summary>
    internal int Workers { get; init; } = Environment.ProcessorCount;

    public int Execute()
    {
        var family = ToolFamilies.Get(context, workflowName);
        var evaluator = TypedEvaluator.Create(rulesPath, context, culture);
        using var source = InputSource.Open(inputPath, context, readOptions);
        using var output = CheckOutput.Open(context, outputPath);
        var decisionFormat = DecisionWriters.Find(format);
        var job = new CheckJob(family, evaluator, decisionFormat, source.Name, culture, output.NewLine);
        var writer = decisionFormat.NewEncoder is null ? decisionFormat.Create(output.Text, culture) : null;
        var header = decisionFormat.NewEncoder?.Invoke(output.NewLine).Header.ToArray() ?? [];
        var headerWritten = false;
        var invalid = 0;

        // Not EligibilityEvaluator.EvaluateMany: it only maps one typed call over a stream of snapshots, while check has
        // to report and count invalid lines by line number before any evaluation, fan a merchant out into one subject per
        // product, and turn a subject the typed API refuses into an invalid line (SubjectException). The workers do
        // that per item and call the same typed API (through TypedEvaluator) one subject at a time.
        var pipeline = new OrderedPipeline<CheckWorker, InputBatch, BatchOutput>(
            Workers,
            capacity: (2 * Workers) + 2,
            byteBudget: Math.Max(32L << 20, 2L * readOptions.MaxItemBytes),
            batch => batch.Bytes,
            () => new CheckWorker(job),
            (worker, batch) => worker.Process(batch));
        var progress = new ProgressRunner(context, source, culture, outputPath is not null);
        progress.Run(pipeline.Run(family.ReadBatches(source, asOf, culture, BatchItems)), batch =>
        {
            var (row, offset) = (0, 0);
            foreach (var report in batch.Reports)
            {
                Write(batch, row, report.Row, offset, report.Offset);
                (row, offset) = (report.Row, report.Offset);
                output.Flush();
                progress.Report(report.Message);
            }

            Write(batch, row, batch.RowCount, offset, batch.Bytes?.WrittenCount ?? 0);
            invalid += batch.Invalid;
            batch.Recycle();
            batch.Failure?.Throw();
        });

        writer?.Finish();
        output.Flush();
        var summary = new CheckSummary();
        foreach (var worker in pipeline.States)
        {
            summary.Add(worker.Summary);
        }

        summary.Write(context.Error, culture, invalid);
        return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;

        void Write(BatchOutput batch, int fromRow, int toRow, int fromByte, int toByte)
        {
            if (batch.Bytes is { } bytes)
            {
                if (!headerWritten && toRow > fromRow)
                {
                    output.Bytes.Write(header);
                    headerWritten = true;
                }

                output.Bytes.Write(bytes.WrittenSpan[fromByte..toByte]);
                return;
            }

            for (var i = fromRow; i < toRow; i++)
            {
                writer!.Write(batch.Rows![i]);
            }
        }
    }
}
