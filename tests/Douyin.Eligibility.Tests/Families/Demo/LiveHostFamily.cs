using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Families.Demo;

/// <summary>The demo family's descriptor: an admission (every rule must pass) over <see cref="LiveHostSnapshot"/>.</summary>
public static class LiveHostFamily
{
    /// <summary>The workflow <c>LiveHostAdmission</c>, input <c>host: LiveHostSnapshot</c>, served at <c>/demo/live-host/admission</c>.</summary>
    public static EligibilityFamily<LiveHostSnapshot, AdmissionDecision> Admission { get; } = EligibilityFamily.Admission<LiveHostSnapshot>(
        "LiveHostAdmission",
        "host",
        "/demo/live-host/admission",
        validate: _ => ValidationResult.Valid,
        withAsOf: (host, asOf) => host with { AsOf = asOf },
        description: "Live-stream host admission (demo)");

    /// <summary>The built-in families and the demo: what a host registers (<see cref="EligibilityOptions.Families"/>, the tool's families).</summary>
    public static IReadOnlyList<EligibilityFamily> WithBuiltIns { get; } = [.. EligibilityFamilies.All, Admission];

    /// <summary>The folder of the demo's rule file and rule tests, as copied next to the test assembly.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Families", "Demo");
}
