using Douyin.Eligibility.Tool.Commands.Report.Model;

namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>The report's colours: one place for what passing, failing and indeterminate look like, in charts and badges.</summary>
internal static class ToneColors
{
    /// <summary>Passing outcomes and passing values.</summary>
    public const string Pass = "#2e7d32";

    /// <summary>A single failing outcome, failing values, threshold lines.</summary>
    public const string Fail = "#c62828";

    /// <summary>Indeterminate decisions.</summary>
    public const string Indeterminate = "#9e9e9e";

    /// <summary>The steps of a ladder of failing outcomes (a penalty's), mild to severe.</summary>
    private static readonly string[] FailLadder = ["#f9a825", "#ef6c00", "#c62828", "#6a1b9a", "#3e2723"];

    /// <summary>The colour of <paramref name="kind"/> among <paramref name="all"/> (a family with one failing outcome paints it red).</summary>
    public static string Of(OutcomeKind kind, IReadOnlyList<OutcomeKind> all) => kind.Tone switch
    {
        OutcomeTone.Pass => Pass,
        OutcomeTone.Indeterminate => Indeterminate,
        _ when all.Count(k => k.Tone == OutcomeTone.Fail) == 1 => Fail,
        _ => FailLadder[Math.Clamp(kind.Severity - 1, 0, FailLadder.Length - 1)],
    };
}
