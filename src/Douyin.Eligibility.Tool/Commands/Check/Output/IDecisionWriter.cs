using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>Writes decisions as they are made (no buffering, so memory stays constant).</summary>
internal interface IDecisionWriter
{
    void Write(long line, Decision decision);

    void Finish();
}
