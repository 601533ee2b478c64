using System.Text;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>
/// A deterministic, fixed-seed corpus of rule-file texts: case <c>i</c> of seed <c>s</c> is the same text on every
/// machine and run, whatever else is generated. Categories take turns by a fixed weight table (see
/// <see cref="CategoryOf"/>), so every window of <see cref="CycleLength"/> consecutive cases holds every category.
/// </summary>
public sealed partial class RuleFileCorpus(int seed)
{
    /// <summary>The seed CI runs.</summary>
    public const int DefaultSeed = 20_240_725;

    /// <summary>The input type every synthetic workflow declares (the shipped merchant snapshot).</summary>
    internal const string MerchantInputs = """[{"Name": "merchant", "Type": "MerchantSnapshot"}]""";

    /// <summary>How often each category comes up in a cycle; cheap categories more often than ones that compile a lot.</summary>
    private static readonly (FuzzCategory Category, int Weight)[] Weights =
    [
        (FuzzCategory.RandomBytes, 18),
        (FuzzCategory.TruncatedShipped, 16),
        (FuzzCategory.MutatedShipped, 14),
        (FuzzCategory.StructuredShipped, 8),
        (FuzzCategory.MutatedShippedSet, 1),
        (FuzzCategory.JsonTokenSoup, 14),
        (FuzzCategory.ExpressionTokenSoup, 16),
        (FuzzCategory.GrammarExpressions, 8),
        (FuzzCategory.DeepNesting, 6),
        (FuzzCategory.LongChains, 2),
        (FuzzCategory.HugeLiterals, 5),
        (FuzzCategory.OddUnicode, 10),
        (FuzzCategory.ParamChains, 4),
        (FuzzCategory.InjectGraphs, 2),
        (FuzzCategory.IssueNotChain, 1),
        (FuzzCategory.IssueInjectDoubling, 1),
        (FuzzCategory.IssueInjectChain, 1),
        (FuzzCategory.IssueSumChain, 1),
        (FuzzCategory.IssueNestedAny, 1),
        (FuzzCategory.IssueDoublingParams, 1),
        (FuzzCategory.IssueDeepProperties, 1),
        (FuzzCategory.IssueLongDecimal, 1),
        (FuzzCategory.IssueHugeInteger, 1),
    ];

    private static readonly FuzzCategory[] Cycle = Weights.SelectMany(w => Enumerable.Repeat(w.Category, w.Weight)).ToArray();

    /// <summary>A step through <see cref="Cycle"/> that visits every slot once per cycle (coprime with its length).</summary>
    private static readonly int Stride = new[] { 7, 11, 13, 17, 19, 23, 29 }.First(s => Cycle.Length % s != 0);

    /// <summary>The number of cases after which the category pattern repeats.</summary>
    public static int CycleLength => Cycle.Length;

    /// <summary>The seed of this corpus.</summary>
    public int Seed { get; } = seed;

    /// <summary>The category of case <paramref name="index"/> (known without generating it). Interleaved so neighbours differ.</summary>
    public static FuzzCategory CategoryOf(long index) => Cycle[(int)(index * Stride % Cycle.Length)];

    /// <summary>Generates case <paramref name="index"/>.</summary>
    public FuzzCase Generate(long index)
    {
        var category = CategoryOf(index);
        var random = new Random(CaseSeed(Seed, index));
        var note = new StringBuilder();
        var files = category switch
        {
            FuzzCategory.RandomBytes => One(RandomBytes(random, note)),
            FuzzCategory.TruncatedShipped => One(TruncatedShipped(random, note)),
            FuzzCategory.MutatedShipped => One(MutatedShipped(random, note)),
            FuzzCategory.StructuredShipped => One(StructuredShipped(random, note)),
            FuzzCategory.MutatedShippedSet => MutatedShippedSet(random, note),
            FuzzCategory.JsonTokenSoup => One(JsonTokenSoup(random, note)),
            FuzzCategory.ExpressionTokenSoup => One(ExpressionTokenSoup(random, note)),
            FuzzCategory.GrammarExpressions => One(GrammarExpressions(random, note)),
            FuzzCategory.DeepNesting => One(DeepNesting(random, note)),
            FuzzCategory.LongChains => One(LongChains(random, note)),
            FuzzCategory.HugeLiterals => One(HugeLiterals(random, note)),
            FuzzCategory.OddUnicode => One(OddUnicode(random, note)),
            FuzzCategory.ParamChains => One(ParamChains(random, note)),
            FuzzCategory.InjectGraphs => InjectGraphs(random, note),
            FuzzCategory.IssueNotChain => One(IssueNotChain(random, note)),
            FuzzCategory.IssueInjectDoubling => One(IssueInjectDoubling(random, note)),
            FuzzCategory.IssueInjectChain => One(IssueInjectChain(random, note)),
            FuzzCategory.IssueSumChain => One(IssueSumChain(random, note)),
            FuzzCategory.IssueNestedAny => One(IssueNestedAny(random, note)),
            FuzzCategory.IssueDoublingParams => One(IssueDoublingParams(random, note)),
            FuzzCategory.IssueDeepProperties => One(IssueDeepProperties(random, note)),
            FuzzCategory.IssueLongDecimal => One(IssueLongDecimal(random, note)),
            FuzzCategory.IssueHugeInteger => One(IssueHugeInteger(random, note)),
            _ => throw new ArgumentOutOfRangeException(nameof(index), category, "No generator for this category."),
        };
        return new FuzzCase(Seed, index, category, files, note.ToString());
    }

    /// <summary>SplitMix64 of (seed, index): independent, stable per-case seeds.</summary>
    internal static int CaseSeed(int seed, long index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    private static IReadOnlyList<(string Path, string Text)> One(string text) => [("fuzz.json", text)];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Small numbers often, large ones sometimes: 1 + a geometric count, at most <paramref name="max"/>.</summary>
    private static int Geometric(Random random, int max)
    {
        var n = 1;
        while (n < max && random.Next(2) == 0)
        {
            n++;
        }

        return n;
    }

    /// <summary>A JSON string literal: quotes, backslashes and control characters escaped, everything else (lone surrogates too) as is.</summary>
    internal static string Str(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4")); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    internal static string Param(string name, string expression) => $$"""{"Name": {{Str(name)}}, "Expression": {{Str(expression)}}}""";

    internal static string Rule(string name, string expression, string? message = null)
        => message is null
            ? $$"""{"RuleName": {{Str(name)}}, "Expression": {{Str(expression)}}}"""
            : $$"""{"RuleName": {{Str(name)}}, "Expression": {{Str(expression)}}, "ErrorMessage": {{Str(message)}}}""";

    /// <summary>A workflow object over <c>merchant</c> with the given params (JSON objects) and rules (JSON objects).</summary>
    internal static string Workflow(string name, IEnumerable<string> globalParams, IEnumerable<string> rules, IEnumerable<string>? inject = null, string inputs = MerchantInputs)
    {
        var injected = inject is null ? string.Empty : $""", "WorkflowsToInject": [{string.Join(", ", inject.Select(Str))}]""";
        return $$"""{"WorkflowName": {{Str(name)}}, "Inputs": {{inputs}}, "GlobalParams": [{{string.Join(",\n", globalParams)}}]{{injected}}, "Rules": [{{string.Join(",\n", rules)}}]}""";
    }

    /// <summary>One workflow with one rule.</summary>
    internal static string SingleRule(string expression, string? message = null)
        => Workflow("W", [], [Rule("R", expression, message)]);
}
