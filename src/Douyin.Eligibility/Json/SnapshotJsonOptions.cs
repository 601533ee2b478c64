using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Douyin.Eligibility.Json;

/// <summary>The options <see cref="SnapshotJson"/> uses: <see cref="SnapshotJsonContext"/> plus one contract fix.</summary>
internal static class SnapshotJsonOptions
{
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static JsonTypeInfo<T> TypeInfo<T>(bool indented = false)
    {
        var options = indented ? Indented : Compact;
        return options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not a supported snapshot type.");
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(SnapshotJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // The built-in snapshots from the source-generated context; a host's own snapshot type (a family of its own,
            // docs/families.md) by reflection, with the same naming and strictness, where reflection is on (docs/aot.md).
            TypeInfoResolver = Resolver().WithAddedModifier(RemoveDerivedProperties),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The source-generated context, then reflection for a host's own types unless the app turned reflection-based JSON
    /// off (trimmed and Native AOT apps do, by default), when the context alone serves: a host type then is not supported.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only when JsonSerializer.IsReflectionEnabledByDefault, which trimming and Native AOT turn off unless the app turns it back on (and then takes on its warnings, as System.Text.Json documents).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Not reached under Native AOT: JsonSerializer.IsReflectionEnabledByDefault is false there unless the app turns it back on.")]
    private static IJsonTypeInfoResolver Resolver()
        => JsonSerializer.IsReflectionEnabledByDefault
            ? JsonTypeInfoResolver.Combine(SnapshotJsonContext.Default, new DefaultJsonTypeInfoResolver())
            : SnapshotJsonContext.Default;

    /// <summary>
    /// Get-only properties (such as <c>daysSinceSettled</c>) are computed from other fields. STJ keeps them in the
    /// contract and silently skips them on read even with [JsonIgnore], so <c>"daysSinceSettled": 3</c> in a file
    /// would be accepted and mean nothing. Removing them makes such a property an unknown-member error, like any typo.
    /// </summary>
    private static void RemoveDerivedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
