namespace Douyin.Eligibility.Diagnostics;

/// <summary>
/// The names under which evaluators publish metrics (<see cref="System.Diagnostics.Metrics.Meter"/>) and traces
/// (<see cref="System.Diagnostics.ActivitySource"/>), following OpenTelemetry's conventions (dotted lowercase names,
/// UCUM units). Subscribe with e.g. <c>metrics.AddMeter(EligibilityTelemetryNames.MeterName)</c> and
/// <c>tracing.AddSource(EligibilityTelemetryNames.ActivitySourceName)</c>. See docs/hosting.md.
/// </summary>
public static class EligibilityTelemetryNames
{
    /// <summary>The meter's name: <c>Douyin.Eligibility</c>.</summary>
    public const string MeterName = "Douyin.Eligibility";

    /// <summary>The activity source's name: <c>Douyin.Eligibility</c>.</summary>
    public const string ActivitySourceName = "Douyin.Eligibility";

    /// <summary>Counter of decisions (unit <c>{decision}</c>), by <see cref="FamilyAttribute"/>, <see cref="OutcomeAttribute"/> and <see cref="RuleSetHashAttribute"/>.</summary>
    public const string Decisions = "douyin.eligibility.decisions";

    /// <summary>Histogram of the time one decision takes (unit <c>s</c>), with the attributes of <see cref="Decisions"/>.</summary>
    public const string EvaluationDuration = "douyin.eligibility.evaluation.duration";

    /// <summary>Counter of reloads that were accepted (unit <c>{reload}</c>), by <see cref="RuleSetHashAttribute"/> of the set in use after it.</summary>
    public const string Reloads = "douyin.eligibility.rules.reloads";

    /// <summary>Counter of reloads that were rejected and kept the last good set (unit <c>{reload}</c>), by <see cref="RuleSetHashAttribute"/> of the set kept.</summary>
    public const string RejectedReloads = "douyin.eligibility.rules.rejected_reloads";

    /// <summary>The name of the span of one evaluation: <c>douyin.eligibility.evaluate</c>.</summary>
    public const string EvaluateActivity = "douyin.eligibility.evaluate";

    /// <summary>Attribute: the family's workflow name, e.g. <c>AllianceAdmission</c>.</summary>
    public const string FamilyAttribute = "douyin.eligibility.family";

    /// <summary>Attribute: the outcome's name, e.g. <c>Eligible</c>, or <c>Invalid</c> for a snapshot that could not be decided.</summary>
    public const string OutcomeAttribute = "douyin.eligibility.outcome";

    /// <summary>Attribute: the content hash of the rule set (its version).</summary>
    public const string RuleSetHashAttribute = "douyin.eligibility.rule_set.hash";

    /// <summary>The outcome attribute's value for a snapshot that was not decided (validation errors, no rules in force).</summary>
    public const string InvalidOutcome = "Invalid";
}
