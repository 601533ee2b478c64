using System.Collections.Concurrent;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The one mapping from a missing value as a rule reads it (<c>merchant.StoreScore</c>) to the snapshot field as the JSON
/// input names it (<c>storeScore</c>), the names validation errors use. A derived fact names the field it is computed
/// from (<c>merchant.DaysSinceSettled</c> is <c>settledDate</c>).
/// </summary>
internal static class MissingFieldNames
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The snapshot's derived (not serialized) properties and the JSON field each is computed from.</summary>
    private static readonly Dictionary<string, string> Derived = new(StringComparer.Ordinal)
    {
        ["DaysSinceSettled"] = "settledDate",
        ["DaysSinceCertified"] = "certifiedDate",
        ["RegisteredFullYears"] = "registeredDate",
        ["CurrentYearViolationPoints"] = "violations",
    };

    /// <summary>The JSON name of the field behind <paramref name="rulePath"/>: the input's name dropped, each part camelCase.</summary>
    public static string ToJson(string rulePath) => Cache.GetOrAdd(rulePath, Convert);

    private static string Convert(string rulePath)
    {
        var parts = rulePath.Split('.');
        if (parts.Length < 2)
        {
            return rulePath;
        }

        var last = parts[^1];
        if (Derived.TryGetValue(last, out var source))
        {
            parts[^1] = source;
        }

        return string.Join('.', parts.Skip(1).Select(p => char.IsUpper(p[0]) ? ValidationCollector.JsonName(p) : p));
    }
}
