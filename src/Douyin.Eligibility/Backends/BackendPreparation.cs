using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Backends;

/// <summary>
/// Readies a loaded rule set for the evaluator's <see cref="EvaluationBackend"/> (<see cref="EvaluationBackend.Prepare"/>)
/// before it is used: at start and on every reload, the same way. The backend's errors reject the set like a load
/// error; its warnings join the diagnostics.
/// </summary>
internal static class BackendPreparation
{
    /// <summary>
    /// <paramref name="result"/> with <paramref name="backend"/>'s diagnostics for its set added (an error fails it);
    /// <paramref name="result"/> itself when it has no set, or when its set has the content of <paramref name="prepared"/>,
    /// the set already in use (prepared before, and kept when the reload swaps nothing).
    /// </summary>
    /// <param name="result">The load, after the typed API's checks.</param>
    /// <param name="backend">The evaluator's backend.</param>
    /// <param name="prepared">The set in use, already prepared; null at start.</param>
    public static RuleSetLoadResult Apply(RuleSetLoadResult result, EvaluationBackend backend, RuleSet? prepared = null)
    {
        if (result.RuleSet is not { } set || string.Equals(set.ContentHash, prepared?.ContentHash, StringComparison.Ordinal))
        {
            return result;
        }

        return result.WithDiagnostics(backend.Prepare(set) ?? []);
    }
}
