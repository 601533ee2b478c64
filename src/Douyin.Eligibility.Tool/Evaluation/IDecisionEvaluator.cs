using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Families;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Turns a subject into a decision, and explains one, with the rules loaded for a command.</summary>
internal interface IDecisionEvaluator
{
    /// <summary>The rule set the decisions come from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>The content hash of the rule set the decisions come from.</summary>
    string RuleSetHash { get; }

    Decision Decide(IFamily family, SnapshotSubject subject, CultureInfo culture);

    void Explain(IFamily family, SnapshotSubject subject, CultureInfo culture, TextWriter output);
}
