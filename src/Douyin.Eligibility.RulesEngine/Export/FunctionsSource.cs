namespace Douyin.Eligibility.RulesEngine;

/// <summary>The source of <see cref="DouyinRuleFunctions"/>, embedded in this assembly so the export writes the very code the backend runs.</summary>
internal static class FunctionsSource
{
    /// <summary>The resource name the project file gives the helper's source.</summary>
    public const string ResourceName = "Douyin.Eligibility.RulesEngine.DouyinRuleFunctions.cs";

    /// <summary>The helper's source, with <c>\n</c> line ends.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build without it).</exception>
    public static string Read()
    {
        using var stream = typeof(FunctionsSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(FunctionsSource).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
