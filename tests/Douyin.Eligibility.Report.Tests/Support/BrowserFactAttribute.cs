namespace Douyin.Eligibility.Report.Tests.Support;

/// <summary>
/// A test in a real headless Chromium (<see cref="Chromium.ExecutablePath"/>). Without the browser the test is skipped
/// with that reason, unless <c>DOUYIN_ELIGIBILITY_REQUIRE_BROWSER=1</c> (set by bash .ci/run): then it runs and fails, so
/// CI cannot pass with it skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.Required)
        {
            Skip = $"Chromium not available: {Chromium.ExecutablePath} does not exist (apt-get install -y chromium, or set {Chromium.PathVariable}; bash .ci/run installs it).";
        }
    }
}
