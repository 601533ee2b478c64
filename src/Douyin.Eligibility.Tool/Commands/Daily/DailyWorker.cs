using System.Globalization;
using System.Runtime.ExceptionServices;
using Douyin.Eligibility.History.Recording;
using Douyin.Eligibility.History.Records;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>
/// One worker thread of <c>daily</c>: makes each item of a batch, decides each subject through the typed API (explained, so
/// observed values and gaps are recorded) and turns the decision into the record the store keeps. Invalid items and subjects
/// become reports worded as <c>check</c> words them; any other failure ends the batch and is rethrown by the writer.
/// </summary>
internal sealed class DailyWorker(ToolFamily family, TypedEvaluator evaluator, string sourceName, CultureInfo culture, bool keepSnapshots)
{
    public DailyBatch Process(InputBatch batch)
    {
        var output = new DailyBatch();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var item = batch.Item(i);
                if (!item.IsSuccess)
                {
                    output.Reports.Add(item.Report(sourceName, culture));
                    continue;
                }

                foreach (var subject in item.Subjects!)
                {
                    try
                    {
                        var decision = evaluator.Decide(family, subject, culture);
                        output.Records.Add(DecisionRecords.From(family.Descriptor, decision, keepSnapshots ? SnapshotText.Of(family, subject) : null));
                    }
                    catch (SubjectException e)
                    {
                        output.Reports.Add(InputItem.Invalid(item.Line, e.Field, e.Message).Report(sourceName, culture, subject.Id));
                    }
                }
            }
        }
        catch (Exception e)
        {
            output.Failure = ExceptionDispatchInfo.Capture(e);
        }

        return output;
    }
}

/// <summary>What a <see cref="DailyWorker"/> made of one input batch: the records, in input order, and the reports of invalid items.</summary>
internal sealed class DailyBatch
{
    public List<DecisionRecord> Records { get; } = [];

    public List<string> Reports { get; } = [];

    public ExceptionDispatchInfo? Failure { get; set; }
}
