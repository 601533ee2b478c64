namespace Douyin.Eligibility.Tool.Commands.Report.Model;

/// <summary>How an outcome is coloured: the family's passing outcome, a failing one (by severity), or indeterminate.</summary>
internal enum OutcomeTone
{
    /// <summary>The family's good outcome (eligible, retained, renewed, no penalty).</summary>
    Pass,

    /// <summary>A failing outcome.</summary>
    Fail,

    /// <summary>Missing data: neither pass nor fail.</summary>
    Indeterminate,
}

/// <summary>An outcome of a family as the report shows it.</summary>
/// <param name="Name">The stored name, e.g. <c>Clear</c>.</param>
/// <param name="Label">Its label in the report's language.</param>
/// <param name="Tone">How it is coloured.</param>
/// <param name="Severity">0 for the passing outcome and indeterminate; 1, 2 … for failing outcomes in the family's order (a penalty ladder's steps).</param>
internal sealed record OutcomeKind(string Name, string Label, OutcomeTone Tone, int Severity);
