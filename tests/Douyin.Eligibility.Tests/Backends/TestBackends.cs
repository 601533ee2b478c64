using System.Collections.Concurrent;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Backends;

/// <summary>
/// A backend that runs the built-in engine and swaps Passed and Failed (Indeterminate and Error stay), so that every
/// decision visibly comes from it. It records the sets it prepares and what each evaluation was given.
/// </summary>
internal sealed class InvertingBackend : EvaluationBackend
{
    public override string Name => "inverting";

    /// <summary>Every set passed to <see cref="Prepare"/>, in order.</summary>
    public ConcurrentQueue<RuleSet> Prepared { get; } = new();

    /// <summary>What the last <see cref="Evaluate"/> was given: the set, the version, the date, the input and the span's length.</summary>
    public (RuleSet RuleSet, Workflow Workflow, DateOnly AsOf, object? Input, int Length)? LastCall { get; private set; }

    public static RuleOutcome Invert(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Passed => RuleOutcome.Failed,
        RuleOutcome.Failed => RuleOutcome.Passed,
        _ => outcome,
    };

    public override IReadOnlyList<Diagnostic> Prepare(RuleSet ruleSet)
    {
        Prepared.Enqueue(ruleSet);
        return [];
    }

    public override void Evaluate(RuleSet ruleSet, Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
    {
        LastCall = (ruleSet, workflow, asOf, input, outcomes.Length);
        BuiltIn.Evaluate(ruleSet, workflow, asOf, input, outcomes);
        for (var i = 0; i < workflow.Rules.Count; i++)
        {
            outcomes[i] = Invert(outcomes[i]);
        }
    }
}

/// <summary>A backend that reports one chosen outcome for every rule, and keeps the default <see cref="EvaluationBackend.CanExplain"/>.</summary>
internal sealed class FixedOutcomeBackend(RuleOutcome outcome) : EvaluationBackend
{
    public override string Name => "fixed-" + outcome;

    public override void Evaluate(RuleSet ruleSet, Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
        => outcomes[..workflow.Rules.Count].Fill(outcome);
}

/// <summary>
/// A backend whose <see cref="Prepare"/> reports <see cref="Diagnostic"/> (an error unless told otherwise) for every set
/// while <see cref="Rejecting"/> is true, and nothing otherwise. It evaluates with the built-in engine.
/// </summary>
internal sealed class RejectingBackend(bool rejecting = true, DiagnosticSeverity severity = DiagnosticSeverity.Error) : EvaluationBackend
{
    public const string Code = "TB0001";

    private volatile bool _rejecting = rejecting;
    private int _prepareCalls;

    public override string Name => "rejecting";

    /// <summary>Whether <see cref="Prepare"/> reports its diagnostic; may change between reloads.</summary>
    public bool Rejecting
    {
        get => _rejecting;
        set => _rejecting = value;
    }

    public int PrepareCalls => Volatile.Read(ref _prepareCalls);

    /// <summary>The diagnostic reported, located at a rule file the test rules have.</summary>
    public Diagnostic Diagnostic { get; } = new(Code, severity, new SourceLocation("alliance/admission.json", 3, 5), "the test backend cannot run this rule set");

    public override IReadOnlyList<Diagnostic> Prepare(RuleSet ruleSet)
    {
        Interlocked.Increment(ref _prepareCalls);
        return _rejecting ? [Diagnostic] : [];
    }

    public override void Evaluate(RuleSet ruleSet, Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
        => BuiltIn.Evaluate(ruleSet, workflow, asOf, input, outcomes);
}
