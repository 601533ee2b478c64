using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Families;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// The reading loop <c>check</c> and <c>diff</c> share: every item of the input in order, with a progress bar on a
/// terminal. An invalid item, or a subject the typed API rejects (<see cref="SubjectException"/>), is reported on
/// stderr with its line, counted in <see cref="Invalid"/> and skipped; every other subject goes to the caller.
/// </summary>
internal sealed class SubjectRunner(ToolContext context, InputSource source, IFamily family, DateOnly? asOf)
{
    /// <summary>Items and subjects reported as invalid so far.</summary>
    public int Invalid { get; private set; }

    /// <summary>Reads the whole input, handing each subject of each valid item, with the item, to <paramref name="decide"/>.</summary>
    public void Run(Action<InputItem, SnapshotSubject> decide)
    {
        var progress = new ProgressRunner(context, source);
        progress.Run(family.Read(source, asOf), item =>
        {
            if (!item.IsValid)
            {
                Invalid++;
                progress.Report($"{source.Name}: invalid snapshot, {item.Describe()}");
                return;
            }

            foreach (var subject in family.Subjects(item.Snapshot!))
            {
                try
                {
                    decide(item, subject);
                }
                catch (SubjectException e)
                {
                    Invalid++;
                    progress.Report($"{source.Name}: invalid snapshot, {InputItem.Invalid(item.Line, e.Field, e.Message).Describe()} ({subject.Id})");
                }
            }
        });
    }
}
