using System.CommandLine;
using System.Globalization;
using Douyin.Eligibility.Tool.Families;

namespace Douyin.Eligibility.Tool.Commands;

/// <summary>Options several commands share, and how their values are read.</summary>
internal static class CommonOptions
{
    public static Option<string> Workflow() => new("--workflow", "-w")
    {
        Description = $"The workflow to run: {string.Join(", ", WorkflowFamilies.Names)}.",
        Required = true,
    };

    public static Option<string?> Rules(string description = "A rule file or directory (default: the rules shipped with the library).")
        => new("--rules", "-r") { Description = description };

    public static Option<string> Lang() => new("--lang")
    {
        Description = "The language of reason messages: zh-CN or en.",
        DefaultValueFactory = _ => "zh-CN",
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Evaluate every snapshot as of this date (yyyy-MM-dd) instead of its own asOf; \"last N days\" windows then end on this date.",
    };

    public static CultureInfo Culture(string lang) => lang.ToLowerInvariant() switch
    {
        "zh-cn" or "zh" => CultureInfo.GetCultureInfo("zh-CN"),
        "en" or "en-us" => CultureInfo.GetCultureInfo("en"),
        _ => throw new ToolException($"Unknown language '{lang}'; use zh-CN or en."),
    };

    public static DateOnly? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ToolException($"'{text}' is not a date in the form yyyy-MM-dd.");
    }
}
