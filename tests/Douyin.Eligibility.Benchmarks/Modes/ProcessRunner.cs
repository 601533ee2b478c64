using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// Runs a child process and measures it: wall time, and through <c>/usr/bin/time -v</c> when present peak RSS and
/// CPU time (user + system, 10 ms resolution), which a busy machine disturbs far less than wall time.
/// </summary>
public static partial class ProcessRunner
{
    private const string TimePath = "/usr/bin/time";

    /// <summary>One measured run.</summary>
    public sealed record Run(int ExitCode, double WallMs, long? PeakRssKb, double? CpuMs, string Stdout, string Stderr);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in the repository root and waits for it.</summary>
    public static Run Start(string fileName, IEnumerable<string> arguments, bool measureMemory = false)
    {
        var useTime = measureMemory && File.Exists(TimePath);
        var info = new ProcessStartInfo(useTime ? TimePath : fileName)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            info.ArgumentList.Add("-v");
            info.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        var error = stderr.GetAwaiter().GetResult();
        long? rss = null;
        double? cpu = null;
        if (useTime && MaxRss().Match(error) is { Success: true } match)
        {
            rss = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (useTime && UserTime().Match(error) is { Success: true } user && SystemTime().Match(error) is { Success: true } system)
        {
            cpu = (double.Parse(user.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(system.Groups[1].Value, CultureInfo.InvariantCulture)) * 1000;
        }

        return new Run(process.ExitCode, wall, rss, cpu, stdout.GetAwaiter().GetResult(), error);
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>How to start this benchmarks program again (its apphost, or dotnet with its dll).</summary>
    public static (string FileName, string[] Prefix) Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(ProcessRunner).Assembly.Location;
        return Path.GetFileNameWithoutExtension(path) == "dotnet" ? (path, [dll]) : (path, []);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")]
    private static partial Regex SystemTime();
}
