using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Testing.Conformance;

/// <summary>One rule of one case on which the backends differ.</summary>
/// <param name="Workflow">The workflow version, e.g. <c>AllianceAdmission (2024-07-25)</c>.</param>
/// <param name="Rule">The top-level rule.</param>
/// <param name="Case">The case's id and date.</param>
/// <param name="BuiltIn">The built-in engine's outcome.</param>
/// <param name="RulesEngine">The RulesEngine translation's outcome.</param>
/// <param name="Detail">The rule's expression, and each RulesEngine form of it: its expression, result and exception message.</param>
public sealed record Disagreement(string Workflow, string Rule, string Case, RuleOutcome BuiltIn, RuleOutcome RulesEngine, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Workflow} / {Rule} on {Case}: built-in {BuiltIn}, RulesEngine {RulesEngine}{Environment.NewLine}{Detail}";
}
