using System.Globalization;

namespace Douyin.Eligibility;

/// <summary>Per-call settings of an evaluation; anything left null uses the evaluator's <see cref="EligibilityOptions"/>.</summary>
public sealed record EvaluationSettings
{
    /// <summary>Settings that keep every default.</summary>
    public static EvaluationSettings Default { get; } = new();

    /// <summary>Settings for English messages.</summary>
    public static EvaluationSettings English { get; } = new() { Culture = CultureInfo.GetCultureInfo("en") };

    /// <summary>Settings for Chinese (zh-CN) messages.</summary>
    public static EvaluationSettings Chinese { get; } = new() { Culture = CultureInfo.GetCultureInfo("zh-CN") };

    /// <summary>The culture of reason messages and of <c>ToString()</c> (zh-CN or en; others fall back to the rule's ErrorMessage).</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// Evaluate this workflow <c>Version</c> (e.g. <c>"2022-08-22"</c>, or a version that is never chosen by date)
    /// instead of the one in force on the snapshot's date. An unknown version throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>
    /// Trace conditions so reasons carry observed values, thresholds and gaps; null uses <see cref="EligibilityOptions.ExplainByDefault"/>.
    /// A reason's trace (and its message) is computed when first read, for that rule only: a decision whose reasons are
    /// not read costs the same either way. Only an evaluator whose <see cref="EligibilityEvaluator.Backend"/>
    /// <see cref="EvaluationBackend.CanExplain"/> (the built-in engine) explains; with another backend, true is ignored
    /// and reasons carry no observed value, threshold, condition or gap.
    /// </summary>
    public bool? Explain { get; init; }
}
