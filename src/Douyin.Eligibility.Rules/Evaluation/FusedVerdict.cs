using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A workflow's top-level rules compiled into one delegate per <see cref="VerdictCompiler.ChunkSize"/> rules, each
/// returning its rules' outcomes packed two bits a rule; <see cref="Run"/> unpacks them and combines them with
/// three-valued And. Allocates nothing (see <see cref="VerdictCompiler"/> for rules with non-constant params).
/// </summary>
internal sealed class FusedVerdict
{
    private const ulong LowBits = 0x5555_5555_5555_5555UL;
    private readonly Func<object?, object?[]?, DateOnly, ulong>[] _chunks;
    private readonly int _count;

    private FusedVerdict(Func<object?, object?[]?, DateOnly, ulong>[] chunks, int count)
    {
        _chunks = chunks;
        _count = count;
    }

    public static FusedVerdict Compile(IReadOnlyList<CompiledRule> rules, IReadOnlyList<Type> inputTypes)
    {
        var lambdas = new Expression<Func<object?, object?[]?, DateOnly, ulong>>[(rules.Count + VerdictCompiler.ChunkSize - 1) / VerdictCompiler.ChunkSize];
        for (var c = 0; c < lambdas.Length; c++)
        {
            var members = rules.Skip(c * VerdictCompiler.ChunkSize).Take(VerdictCompiler.ChunkSize).ToArray();
            lambdas[c] = VerdictCompiler.Build(members.Select(r => r.ToVerdictRule()).ToArray(), inputTypes, members[0].Settings);
        }

        // Interpreting first (Compile(preferInterpretation: true)) and compiling in the background was measured and did not
        // pay: the first call's cost is mostly warming up the expression compiler, which interpreting needs as well.
        return new FusedVerdict(lambdas.Select(l => l.Compile()).ToArray(), rules.Count);
    }

    /// <summary>
    /// Writes each rule's outcome into <paramref name="outcomes"/> (at least as long as the rules) and returns their
    /// three-valued And. <paramref name="input"/> is the single input; <paramref name="inputs"/> all of them (null for one).
    /// </summary>
    public RuleOutcome Run(object? input, object?[]? inputs, DateOnly asOf, Span<RuleOutcome> outcomes)
    {
        // Per two-bit field: Failed is 01, Indeterminate 10, Error 11.
        ulong failed = 0, error = 0, unknown = 0;
        var chunks = _chunks;
        for (var c = 0; c < chunks.Length; c++)
        {
            var packed = chunks[c](input, inputs, asOf);
            var low = packed & LowBits;
            var high = (packed >> 1) & LowBits;
            failed |= low & ~high;
            error |= low & high;
            unknown |= high & ~low;
            var start = c * VerdictCompiler.ChunkSize;
            var end = Math.Min(start + VerdictCompiler.ChunkSize, _count);
            for (var i = start; i < end; i++)
            {
                outcomes[i] = (RuleOutcome)(int)(packed & 3);
                packed >>= 2;
            }
        }

        return failed != 0 ? RuleOutcome.Failed : error != 0 ? RuleOutcome.Error : unknown != 0 ? RuleOutcome.Indeterminate : RuleOutcome.Passed;
    }
}
