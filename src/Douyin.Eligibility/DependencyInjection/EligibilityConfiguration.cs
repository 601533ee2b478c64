using System.Globalization;
using Douyin.Eligibility.Resources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.DependencyInjection;

/// <summary>
/// Reads <see cref="EligibilityOptions"/> from a configuration section by hand (no reflection, so it trims and runs
/// under Native AOT): the keys are the property names; a list replaces the default rather than adding to it. Every
/// value that cannot be read is reported together, naming its key, as an <see cref="OptionsValidationException"/>.
/// </summary>
internal static class EligibilityConfiguration
{
    private const string ExpectBoolean = "Options_Expected_Boolean", ExpectTimeSpan = "Options_Expected_TimeSpan", ExpectCulture = "Options_Expected_CultureInfo";

    public static void Bind(IConfiguration section, EligibilityOptions options)
    {
        var failures = new List<string>();
        var path = (section as IConfigurationSection)?.Path;
        string Key(string name) => string.IsNullOrEmpty(path) ? name : path + ":" + name;

        if (section[nameof(EligibilityOptions.RulesDirectory)] is { } directory)
        {
            options.RulesDirectory = string.IsNullOrWhiteSpace(directory) ? null : directory;
        }

        Read<bool>(nameof(EligibilityOptions.WatchForChanges), bool.TryParse, ExpectBoolean, v => options.WatchForChanges = v);
        Read<bool>(nameof(EligibilityOptions.ExplainByDefault), bool.TryParse, ExpectBoolean, v => options.ExplainByDefault = v);
        Read<TimeSpan>(nameof(EligibilityOptions.ReloadDebounce), TryParseTime, ExpectTimeSpan, v => options.ReloadDebounce = v);
        Read<TimeSpan>(nameof(EligibilityOptions.DirectoryPollInterval), TryParseTime, ExpectTimeSpan, v => options.DirectoryPollInterval = v);
        Read<CultureInfo>(nameof(EligibilityOptions.DefaultCulture), TryParseCulture, ExpectCulture, v => options.DefaultCulture = v);

        var required = section.GetSection(nameof(EligibilityOptions.RequiredWorkflows));
        if (required.Value is { } list)
        {
            // A single value: names separated by commas ("" for none).
            options.RequiredWorkflows = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        else if (required.GetChildren().ToList() is { Count: > 0 } items)
        {
            options.RequiredWorkflows = items.Select(i => i.Value ?? string.Empty).ToList();
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(EligibilityOptions), failures);
        }

        void Read<T>(string name, TryParse<T> parse, string expected, Action<T> set)
        {
            if (section[name] is not { } text)
            {
                return;
            }

            if (parse(text.Trim(), out var value))
            {
                set(value);
            }
            else
            {
                failures.Add(Catalog.Text("Options_BadValue", Key(name), text, Catalog.Text(expected)).ToString());
            }
        }
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static bool TryParseTime(string text, out TimeSpan value)
        => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);

    private static bool TryParseCulture(string text, out CultureInfo value)
    {
        value = CultureInfo.InvariantCulture;
        if (text.Length == 0)
        {
            return false;
        }

        try
        {
            value = CultureInfo.GetCultureInfo(text, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
