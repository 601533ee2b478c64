using System.Globalization;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>Where in the life of a rule file an exception escaped.</summary>
public enum FuzzStage
{
    /// <summary>The generator itself threw (a bug of the corpus, not of the engine).</summary>
    Generate,

    /// <summary><see cref="RuleSet.Load"/>.</summary>
    Load,

    /// <summary>Formatting a diagnostic (English and Chinese).</summary>
    Diagnostics,

    /// <summary><see cref="Workflow.Evaluate"/>.</summary>
    Evaluate,

    /// <summary><see cref="Workflow.Explain"/>.</summary>
    Explain,

    /// <summary>Reading results: <see cref="RuleResult.GetMessage"/>, traces, gaps.</summary>
    Messages,

    /// <summary>The case did not finish within its time budget.</summary>
    Hang,
}

/// <summary>The outcome of one case: loaded (with workflows run), rejected with diagnostics, or a failure.</summary>
public sealed record FuzzOutcome(bool Loaded, int Diagnostics, int Workflows, FuzzStage? FailedStage = null, Exception? Exception = null)
{
    /// <summary>True when something other than a result came out.</summary>
    public bool Failed => FailedStage is not null;
}

/// <summary>
/// The property every rule file must have: <see cref="RuleSet.Load"/> returns (never throws), its diagnostics format,
/// and a set that loaded evaluates and explains every workflow on fixed inputs and formats every message, all
/// without an exception (rule errors are results, never thrown).
/// </summary>
public static class FuzzOracle
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>At most this many workflows of a loaded set are evaluated.</summary>
    public const int MaxEvaluated = 16;

    /// <summary>The options the shipped rules load with: every snapshot type the host registers.</summary>
    public static RuleSetOptions Options() => new RuleSetOptions()
        .AddInputType<Snapshots.MerchantSnapshot>()
        .AddInputType<Snapshots.ProductSnapshot>()
        .AddInputType<Snapshots.ControllerStoreSnapshot>()
        .AddInputType<Snapshots.PenaltyRecord>()
        .AddInputType<Snapshots.BrandProviderSnapshot>()
        .AddInputType<Snapshots.StoreOperationProviderSnapshot>()
        .AddInputType<Snapshots.ProviderViolation>();

    /// <summary>Runs <paramref name="fuzzCase"/> through every stage; an escaping exception is caught and returned with its stage.</summary>
    public static FuzzOutcome Check(FuzzCase fuzzCase) => Check(fuzzCase.Files, (int)(fuzzCase.Index % 4));

    /// <summary>Runs the files through every stage, evaluating on inputs of <paramref name="variant"/> (see <see cref="FuzzInputs.For"/>).</summary>
    public static FuzzOutcome Check(IReadOnlyList<(string Path, string Text)> files, int variant)
    {
        var stage = FuzzStage.Load;
        try
        {
            var result = RuleSet.Load(files.Select(f => RuleSource.FromText(f.Path, f.Text)).ToList(), Options());
            stage = FuzzStage.Diagnostics;
            foreach (var diagnostic in result.Diagnostics)
            {
                _ = diagnostic.ToString();
                _ = diagnostic.ToString(Chinese);
            }

            if (result.RuleSet is not { } ruleSet)
            {
                return new FuzzOutcome(false, result.Diagnostics.Count, 0);
            }

            // Every workflow when there are a few; the first MaxEvaluated otherwise (a chain of 300 injections has 300
            // workflows with up to 300 rules each: loading them is the test, evaluating each adds only time).
            var workflows = 0;
            foreach (var workflow in ruleSet.Workflows.Take(MaxEvaluated))
            {
                workflows++;
                var inputs = FuzzInputs.For(workflow, variant);
                stage = FuzzStage.Evaluate;
                var evaluated = workflow.Evaluate(FuzzInputs.AsOf, inputs);
                stage = FuzzStage.Explain;
                var explained = workflow.Explain(FuzzInputs.AsOf, inputs);
                stage = FuzzStage.Messages;
                Read(evaluated, explain: false);
                Read(explained, explain: true);
            }

            return new FuzzOutcome(true, result.Diagnostics.Count, workflows);
        }
        catch (Exception exception)
        {
            return new FuzzOutcome(false, 0, 0, stage, exception);
        }
    }

    private static void Read(WorkflowResult result, bool explain)
    {
        foreach (var rule in result.Flatten())
        {
            _ = rule.Message;
            _ = rule.GetMessage(Chinese);
            _ = rule.GetMessage(English);
            _ = rule.ErrorMessage;
            _ = rule.SuccessEvent;
            _ = rule.MissingFields.Count;
            if (explain)
            {
                foreach (var entry in rule.Trace)
                {
                    _ = entry.ToString();
                }

                foreach (var gap in rule.Gaps)
                {
                    _ = gap.ToString();
                }
            }
        }
    }
}
