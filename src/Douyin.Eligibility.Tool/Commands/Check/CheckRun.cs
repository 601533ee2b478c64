using System.Globalization;
using System.Text;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>One run of <c>check</c>: read, validate, evaluate and write, one line at a time.</summary>
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
    public int Execute()
    {
        var family = ToolFamilies.Get(context, workflowName);
        var evaluator = TypedEvaluator.Create(rulesPath, context, culture);
        using var source = InputSource.Open(inputPath, context, readOptions);
        using var file = outputPath is null ? null : OpenOutput(outputPath);
        var writer = DecisionWriters.Create(format, file ?? context.Out);
        var summary = new CheckSummary();
        var runner = new SubjectRunner(context, source, family, asOf, culture);

        // Not EligibilityEvaluator.EvaluateMany: it only maps one typed call over a stream of snapshots, while check has
        // to report and count invalid lines by line number before any evaluation, fan a merchant out into one subject per
        // product, and turn a subject the typed API refuses into an invalid line (SubjectException). SubjectRunner does
        // that per item and calls the same typed API (through TypedEvaluator) one subject at a time, as lazily.
        runner.Run((item, subject) =>
        {
            var decision = evaluator.Decide(family, subject, culture);
            writer.Write(new DecisionRow(item.Line, subject.Id, family.Descriptor.ShownOutcome(decision), decision));
            summary.Add(EligibilityFamily.ComparedOutcome(decision), decision);
        });

        writer.Finish();
        file?.Flush();
        summary.Write(context.Error, runner.Invalid);
        return runner.Invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"Cannot write '{path}': {e.Message}");
        }
    }
}
