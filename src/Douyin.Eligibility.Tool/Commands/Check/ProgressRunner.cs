using System.Diagnostics;
using Douyin.Eligibility.Tool.Input;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// Runs an action over the items; when stderr is a terminal and the work takes longer than a moment,
/// a progress bar (Spectre.Console) is drawn on stderr for the rest of it. Messages go through <see cref="Report"/> so they
/// print above the bar. The bar is drawn only when stderr is a terminal and the decisions do not go to the same screen
/// (stdout redirected, or <c>--output</c> a file): a bar redrawn between table rows would overwrite them.
/// </summary>
internal sealed class ProgressRunner(ToolContext context, InputSource source, System.Globalization.CultureInfo culture, bool outputToFile = false)
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(500);
    private IAnsiConsole? _console;

    public void Report(string message)
    {
        if (_console is { } console)
        {
            console.WriteLine(message, Style.Plain);
        }
        else
        {
            context.Error.WriteLine(message);
        }
    }

    /// <summary>Whether a bar may be drawn: stderr is a terminal and the output is not on it too.</summary>
    internal static bool MayDraw(ToolContext context, bool outputToFile) => context.IsErrorTerminal && (outputToFile || !context.IsOutputTerminal);

    public void Run<T>(IEnumerable<T> items, Action<T> handle)
    {
        using var enumerator = items.GetEnumerator();
        var clock = Stopwatch.StartNew();
        while (enumerator.MoveNext())
        {
            handle(enumerator.Current);
            if (MayDraw(context, outputToFile) && clock.Elapsed > Moment)
            {
                RunWithBar(enumerator, handle);
                return;
            }
        }
    }

    private void RunWithBar<T>(IEnumerator<T> enumerator, Action<T> handle)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        try
        {
            _console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask(Markup.Escape(ToolText.Get(culture, "Progress_Evaluating", source.Name)), maxValue: source.Length is > 0 and { } length ? length : 1);
                    task.IsIndeterminate = source.Length is null or 0;
                    while (enumerator.MoveNext())
                    {
                        handle(enumerator.Current);
                        if (!task.IsIndeterminate)
                        {
                            task.Value = source.Position;
                        }
                    }

                    task.Value = task.MaxValue;
                });
        }
        finally
        {
            _console = null;
        }
    }
}
