using System.Diagnostics;
using Douyin.Eligibility.Tool.Input;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// Runs an action over the items; when stderr is a terminal and the work takes longer than a moment,
/// a progress bar (Spectre.Console) is drawn on stderr for the rest of it. Messages go through <see cref="Report"/> so they
/// print above the bar.
/// </summary>
internal sealed class ProgressRunner(ToolContext context, InputSource source)
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

    public void Run<T>(IEnumerable<T> items, Action<T> handle)
    {
        using var enumerator = items.GetEnumerator();
        var clock = Stopwatch.StartNew();
        while (enumerator.MoveNext())
        {
            handle(enumerator.Current);
            if (context.IsErrorTerminal && clock.Elapsed > Moment)
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
                    var task = progress.AddTask($"Evaluating {source.Name}", maxValue: source.Length is > 0 and { } length ? length : 1);
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
