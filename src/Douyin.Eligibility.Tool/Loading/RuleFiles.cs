using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Loading;

/// <summary>Loads rule files as the tool's commands need them, through the library's public loader.</summary>
internal static class RuleFiles
{
    /// <summary>
    /// Loads a rule file or every rule file under a directory, with the typed API's own checks too (DE5001: every
    /// command evaluates with it, so what lints clean loads there); an unreadable file or a missing path is a DE1016
    /// diagnostic in the result.
    /// </summary>
    /// <param name="path">A rule file or a directory.</param>
    /// <param name="families">The families the rules serve (their snapshot types registered, their workflows checked); null for the built-ins.</param>
    public static RuleSetLoadResult Load(string path, IReadOnlyList<EligibilityFamily>? families = null)
        => families is null ? EligibilityEvaluator.LoadRuleSet(path) : EligibilityEvaluator.LoadRuleSet(path, families);

    /// <summary>Loads rules for evaluation: prints every diagnostic to stderr (in the culture's language) and fails (exit 1) on errors.</summary>
    public static RuleSet LoadOrFail(string path, ToolContext context, CultureInfo culture)
    {
        var result = Load(path, context.Families);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString(culture));
        }

        return result.RuleSet ?? throw new ToolException($"The rules in '{path}' have {result.Errors.Count()} error(s).");
    }
}
