using System.Globalization;
using System.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool;

/// <summary>
/// The tool's own messages (Resources/Messages.resx, neutral English, and Messages.zh.resx), keyed by name.
/// </summary>
internal static class ToolText
{
    private static readonly ResourceManager Resources = new("Douyin.Eligibility.Tool.Resources.Messages", typeof(ToolText).Assembly);

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/>, in <paramref name="culture"/>'s language.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args) => Text(key, args).ToString(culture);

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/>, read in whichever culture asks.</summary>
    public static LocalizableText Text(string key, params object?[] args) => LocalizableText.FromResource(Resources, key, args);

    /// <summary>A sentence as a clause of a list: its final full stop (<c>.</c> or the full-width one) dropped, so a separator never follows a full stop.</summary>
    public static string Clause(string sentence) => sentence.TrimEnd('.', '\u3002');

    /// <summary>"1 error" or "N errors", in <paramref name="culture"/>: how lint and export count the errors they print.</summary>
    public static string Errors(CultureInfo culture, int count) => Counted(culture, count, "LintErrors_One", "LintErrors_Other");

    /// <summary>"1 warning" or "N warnings", in <paramref name="culture"/>.</summary>
    public static string Warnings(CultureInfo culture, int count) => Counted(culture, count, "LintWarnings_One", "LintWarnings_Other");

    /// <summary>
    /// A workflow version as the tool names it: <c>AllianceAdmission 2022-08-22, based on 2024-07-25</c> for a version
    /// with <see cref="Workflow.BasedOn"/>, else as <see cref="Workflow.ToString"/> writes it.
    /// </summary>
    public static string VersionLabel(CultureInfo culture, Workflow workflow)
        => workflow.BasedOn is { } baseVersion ? Get(culture, "VersionBasedOn", workflow.Name, workflow.Version, baseVersion) : workflow.ToString();

    private static string Counted(CultureInfo culture, int count, string one, string other) => count == 1 ? Get(culture, one) : Get(culture, other, count);
}
