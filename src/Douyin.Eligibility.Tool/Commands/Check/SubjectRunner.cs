using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// The reading loop <c>check</c> and <c>diff</c> share: every item of the input in order, with a progress bar on a
/// terminal. An invalid item, or a subject the typed API rejects (<see cref="SubjectException"/>), is reported on
/// stderr with its line (in <c>--lang</c>'s language), counted in <see cref="Invalid"/> and skipped; every other subject goes to the caller.
/// </summary>
internal sealed class SubjectRunner(ToolContext context, InputSource source, ToolFamily family, DateOnly? asOf, CultureInfo culture)
{
    /// <summary>Items and subjects reported as invalid so far.</summary>
    public int Invalid { get; private set; }

    /// <summary>Reads the whole input, handing each subject of each valid item, with the item, to <paramref name="decide"/>.</summary>
    public void Run(Action<InputItem, EligibilitySubject> decide)
    {
        var progress = new ProgressRunner(context, source, culture);
        progress.Run(family.Read(source, asOf, culture), item =>
        {
            if (!item.IsSuccess)
            {
                Invalid++;
                progress.Report(item.Report(source.Name, culture));
                return;
            }

            foreach (var subject in item.Subjects!)
            {
                try
                {
                    decide(item, subject);
                }
                catch (SubjectException e)
                {
                    Invalid++;
                    progress.Report(InputItem.Invalid(item.Line, e.Field, e.Message).Report(source.Name, culture, subject.Id));
                }
            }
        });
    }
}
