namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>Writes decisions as they are made (no buffering beyond a page, so memory stays constant).</summary>
internal interface IDecisionWriter
{
    void Write(DecisionRow row);

    void Finish();
}
