using System.Reflection;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// C# files that are compiled into the packages and embedded in them too, so the export writes the very code the
/// packages run: <see cref="DouyinRuleFunctions"/> and <see cref="DouyinRuleOutcomes"/> (this assembly) and the snapshots' computed members (the library's).
/// </summary>
internal static class EmbeddedSource
{
    /// <summary>The source of <see cref="DouyinRuleFunctions"/>, which the translated expressions call.</summary>
    public static string Functions() => Read(typeof(EmbeddedSource).Assembly, "Douyin.Eligibility.RulesEngine.DouyinRuleFunctions.cs");

    /// <summary>The source of <see cref="DouyinRuleOutcomes"/>, which reads each rule's outcome back from the results.</summary>
    public static string Outcomes() => Read(typeof(EmbeddedSource).Assembly, "Douyin.Eligibility.RulesEngine.DouyinRuleOutcomes.cs");

    /// <summary>The source of <c>SnapshotFormulas</c>, which the snapshots' computed members (and the exported types') call.</summary>
    public static string SnapshotFormulas() => Read(typeof(EligibilityEvaluator).Assembly, "Douyin.Eligibility.SnapshotFormulas.cs");

    /// <summary>An embedded C# file, with <c>\n</c> line ends.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build without it).</exception>
    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
