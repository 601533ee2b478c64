using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>A fixed-width text table, written row by row: line, id, outcome, then each reason as <c>CODE: message</c>.</summary>
internal sealed class TableDecisionWriter(TextWriter output) : IDecisionWriter
{
    private bool _headerWritten;

    public void Write(long line, Decision decision)
    {
        if (!_headerWritten)
        {
            output.WriteLine($"{"LINE",6}  {"ID",-24}  {"OUTCOME",-14}  REASONS");
            _headerWritten = true;
        }

        var first = decision.Reasons.Count == 0 ? string.Empty : Describe(decision.Reasons[0]);
        output.WriteLine($"{line,6}  {decision.SubjectId,-24}  {decision.ShownOutcome,-14}  {first}".TrimEnd());
        foreach (var reason in decision.Reasons.Skip(1))
        {
            output.WriteLine($"{string.Empty,6}  {string.Empty,-24}  {string.Empty,-14}  {Describe(reason)}");
        }
    }

    public void Finish()
    {
    }

    private static string Describe(Reason reason) => reason.Message is null ? reason.Code : $"{reason.Code}: {reason.Message}";
}
