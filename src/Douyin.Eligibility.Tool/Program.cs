using System.Text;

namespace Douyin.Eligibility.Tool;

/// <summary>The process entry point; everything else runs through <see cref="ToolApp"/>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        var input = Console.IsInputRedirected ? StandardInput(Console.OpenStandardInput()) : Console.In;
        var context = new ToolContext(Console.Out, Console.Error, input, IsErrorTerminal: !Console.IsErrorRedirected) { IsOutputTerminal = !Console.IsOutputRedirected };
        return ToolApp.Run(args, context);
    }

    /// <summary>
    /// Redirected standard input as text: UTF-8, or UTF-16/UTF-32 when it starts with its byte-order mark (Console.In
    /// would decode those bytes as UTF-8 and turn them into garbage).
    /// </summary>
    internal static TextReader StandardInput(Stream stdin)
        => new StreamReader(stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
}
