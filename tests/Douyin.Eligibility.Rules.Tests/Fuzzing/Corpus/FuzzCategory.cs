namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>
/// The kinds of rule-file text the corpus generates. The first group is generic; the second reproduces the hostile
/// shapes of issue 7 (item numbers in the comments), each varied in size around the reported one.
/// </summary>
public enum FuzzCategory
{
    /// <summary>Random bytes decoded as UTF-8 (invalid sequences become U+FFFD), sometimes after a JSON-looking prefix.</summary>
    RandomBytes,

    /// <summary>A shipped rule file cut at a random character.</summary>
    TruncatedShipped,

    /// <summary>A shipped rule file with a few character-level mutations (flip, insert, delete, duplicate, splice).</summary>
    MutatedShipped,

    /// <summary>A shipped rule file changed as a JSON tree: expressions rewritten, properties dropped, retyped or duplicated.</summary>
    StructuredShipped,

    /// <summary>Several shipped rule files loaded together, one of them mutated (cross-file versions and injection).</summary>
    MutatedShippedSet,

    /// <summary>Random sequences of JSON tokens and rule-file keys.</summary>
    JsonTokenSoup,

    /// <summary>A valid workflow whose expressions and messages are random sequences of expression tokens.</summary>
    ExpressionTokenSoup,

    /// <summary>A valid workflow whose expressions are generated from the grammar, mostly well typed.</summary>
    GrammarExpressions,

    /// <summary>Deep nesting: JSON arrays and objects, nested rules, parentheses, unary chains, nested lambdas, conditionals.</summary>
    DeepNesting,

    /// <summary>Long chains: thousands of operands, members, sibling rules, params, messages.</summary>
    LongChains,

    /// <summary>Huge literals: long numbers, many decimal places, exponents, long strings.</summary>
    HugeLiterals,

    /// <summary>Odd Unicode: BOMs, NUL and control characters, lone surrogates, invisible and right-to-left marks, full-width digits, non-BMP names.</summary>
    OddUnicode,

    /// <summary>Random GlobalParams and LocalParams chains (shapes other than the issue's), including forward references and shadowing.</summary>
    ParamChains,

    /// <summary>Random WorkflowsToInject graphs: chains, diamonds, cycles, self-injection, missing targets, mismatched inputs.</summary>
    InjectGraphs,

    /// <summary>Issue 7 item 1: <c>P0 = merchant.IsSettled</c>, <c>Pi = "!"×98 + P(i-1)</c>, up to 201 params, rule <c>P200</c>.</summary>
    IssueNotChain,

    /// <summary>Issue 7 item 2: <c>W0…Wk</c>, each injecting <c>["W{i+1}","W{i+1}"]</c>, k up to 20.</summary>
    IssueInjectDoubling,

    /// <summary>Issue 7 item 2: a plain chain of up to 300 injections.</summary>
    IssueInjectChain,

    /// <summary>Issue 7 item 3: <c>P0 = merchant.Products.Count()</c>, <c>Pi = merchant.Products.Sum(p => P(i-1))</c> up to i = 60.</summary>
    IssueSumChain,

    /// <summary>Issue 7 item 3: up to 30 nested <c>Products.Any(a => …)</c>.</summary>
    IssueNestedAny,

    /// <summary>Issue 7 item 10: doubling params <c>Pi = P(i-1) + P(i-1)</c> over a string or number.</summary>
    IssueDoublingParams,

    /// <summary>Issue 7 item 6: workflow and rule <c>Properties</c> nested 60–130 deep.</summary>
    IssueDeepProperties,

    /// <summary>Issue 7 item 14: decimal literals with more than 28 decimal places.</summary>
    IssueLongDecimal,

    /// <summary>Issue 7 items 7 and 14: integers past int, long and decimal range, in expressions and params.</summary>
    IssueHugeInteger,
}
