using Douyin.Eligibility.Tool.Evaluation;
using System.CommandLine;
using System.Globalization;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tool.Commands;

/// <summary>Options several commands share, and how their values are read.</summary>
internal static class CommonOptions
{
    public static Option<string> Workflow(ToolContext context) => new("--workflow", "-w")
    {
        Description = $"The workflow to run: {ToolFamilies.Names(context)}.",
        Required = true,
    };

    public static Option<string?> Rules(string description = "A rule file or directory (default: the rules shipped with the library).")
        => new("--rules", "-r") { Description = description };

    public static Option<string> Lang(string defaultLang = "zh-CN") => new("--lang")
    {
        Description = $"The language of messages and labels: zh-CN or en (default {defaultLang}).",
        DefaultValueFactory = _ => defaultLang,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Evaluate every snapshot as of this date (yyyy-MM-dd) instead of its own asOf; \"last N days\" windows then end on this date.",
    };

    public static Option<int> MaxLineBytes() => new("--max-line-bytes")
    {
        Description = $"The longest input line, JSON array element, pretty-printed document or CSV row, in bytes of UTF-8 (1 to {SnapshotReadOptions.MaxItemBytesLimit}); a longer one is reported as invalid and skipped without being held in memory.",
        DefaultValueFactory = _ => SnapshotReadOptions.DefaultMaxItemBytes,
    };

    /// <summary>The readers' limits for a <c>--max-line-bytes</c> value.</summary>
    public static SnapshotReadOptions ReadOptions(int maxLineBytes) => maxLineBytes is >= 1 and <= SnapshotReadOptions.MaxItemBytesLimit
        ? new SnapshotReadOptions { MaxItemBytes = maxLineBytes }
        : throw new ToolException($"--max-line-bytes must be between 1 and {SnapshotReadOptions.MaxItemBytesLimit}, not {maxLineBytes}.");

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
