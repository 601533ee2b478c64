using System.Text;

namespace Douyin.Eligibility.Tool;

/// <summary>The process entry point; everything else runs through <see cref="ToolApp"/>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Console.InputEncoding = Encoding.UTF8;
        var context = new ToolContext(Console.Out, Console.Error, Console.In, IsErrorTerminal: !Console.IsErrorRedirected);
        return ToolApp.Run(args, context);
    }
}
