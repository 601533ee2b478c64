namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>One generated input: the rule files to load together, and where it came from so it can be made again.</summary>
/// <param name="Seed">The corpus seed.</param>
/// <param name="Index">The case number within the corpus; (Seed, Index) makes the same files every time.</param>
/// <param name="Category">What kind of input it is.</param>
/// <param name="Files">The rule files, as (path, text).</param>
/// <param name="Note">What the generator chose, e.g. the shipped file and the mutations, for the report.</param>
public sealed record FuzzCase(int Seed, long Index, FuzzCategory Category, IReadOnlyList<(string Path, string Text)> Files, string Note)
{
    /// <summary>Total characters over all files.</summary>
    public long Length => Files.Sum(f => (long)f.Text.Length);

    /// <summary>E.g. <c>seed 7, case 1234 (MutatedShipped: alliance/admission.json, 3 mutations)</c>.</summary>
    public override string ToString() => $"seed {Seed}, case {Index} ({Category}: {Note})";
}
