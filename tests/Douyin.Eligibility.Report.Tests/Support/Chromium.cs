namespace Douyin.Eligibility.Report.Tests.Support;

/// <summary>
/// Where the browser tests find Chromium: <c>DOUYIN_ELIGIBILITY_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>
/// (<c>apt-get install chromium</c>; bash .ci/run installs it). Playwright drives it as it is: no <c>playwright install</c>.
/// </summary>
internal static class Chromium
{
    /// <summary>The variable naming another Chromium binary.</summary>
    public const string PathVariable = "DOUYIN_ELIGIBILITY_CHROMIUM";

    /// <summary>The variable CI sets to 1 so that a missing browser fails the browser tests instead of skipping them.</summary>
    public const string RequireVariable = "DOUYIN_ELIGIBILITY_REQUIRE_BROWSER";

    /// <summary>The browser binary to drive.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True when the binary exists.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True when CI requires the browser tests to run.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
