using System.Globalization;
using System.Runtime.ExceptionServices;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Check.Pipeline;

/// <summary>
/// One worker thread of <c>check</c>: makes each item of a batch (parse, validate), decides each subject through the
/// typed API and encodes its row, counting into its own summary. Invalid items and subjects become reports, exactly as
/// <see cref="SubjectRunner"/> words them; any other failure (the rules are at fault) ends the batch there and is rethrown
/// by the writer at that place.
/// </summary>
internal sealed class CheckWorker(CheckJob job)
{
    private readonly IRowEncoder? _encoder = job.Format.NewEncoder?.Invoke(job.NewLine);

    public CheckSummary Summary { get; } = new();

    public BatchOutput Process(InputBatch batch)
    {
        var output = _encoder is null ? BatchOutput.ForRows() : BatchOutput.ForBytes();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var item = batch.Item(i);
                if (!item.IsSuccess)
                {
                    output.Report(item.Report(job.SourceName, job.Culture));
                    continue;
                }

                foreach (var subject in item.Subjects!)
                {
                    Decide(item, subject, output);
                }
            }
        }
        catch (Exception e)
        {
            // The rows before it are still written, as a run one line at a time would have written them.
            output.Failure = ExceptionDispatchInfo.Capture(e);
        }

        return output;
    }

    private void Decide(InputItem item, EligibilitySubject subject, BatchOutput output)
    {
        Decisions.EligibilityDecision decision;
        try
        {
            decision = job.Evaluator.Decide(job.Family, subject, job.Culture, job.Format.ShowsExplanation);
        }
        catch (SubjectException e)
        {
            output.Report(InputItem.Invalid(item.Line, e.Field, e.Message).Report(job.SourceName, job.Culture, subject.Id));
            return;
        }

        output.Add(new DecisionRow(item.Line, subject.Id, job.Family.Descriptor.ShownOutcome(decision), decision, DecisionRow.NameOf(subject.Input)), _encoder);
        Summary.Add(EligibilityFamily.ComparedOutcome(decision), decision);
    }
}

/// <summary>What every worker of one <c>check</c> run shares (all of it safe to use from several threads).</summary>
internal sealed record CheckJob(ToolFamily Family, TypedEvaluator Evaluator, DecisionFormat Format, string SourceName, CultureInfo Culture, byte[] NewLine);
