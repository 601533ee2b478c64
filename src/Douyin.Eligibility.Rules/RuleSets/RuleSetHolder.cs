using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// Holds the current rule set and replaces it atomically: an evaluation that read <see cref="Current"/> keeps
/// using that whole set, never a mix of old and new. A failed reload keeps the last good set.
/// </summary>
public sealed class RuleSetHolder
{
    private RuleSet _current;

    /// <summary>Starts with a loaded rule set.</summary>
    public RuleSetHolder(RuleSet initial)
    {
        _current = Guard.NotNull(initial);
    }

    /// <summary>Raised after a new rule set has replaced the old one.</summary>
    public event EventHandler<RuleSet>? Swapped;

    /// <summary>The rule set in force. Read it once per evaluation (or batch) and use that reference throughout.</summary>
    public RuleSet Current => Volatile.Read(ref _current);

    /// <summary>Replaces the rule set.</summary>
    public void Swap(RuleSet next)
    {
        Interlocked.Exchange(ref _current, Guard.NotNull(next));
        Swapped?.Invoke(this, next);
    }

    /// <summary>Loads new files and swaps them in only if they load without errors; otherwise keeps the current set.</summary>
    /// <returns>The load result, with every diagnostic.</returns>
    public RuleSetLoadResult TryReload(IEnumerable<RuleSource> sources, RuleSetOptions options)
    {
        var result = RuleSet.Load(sources, options);
        if (result.RuleSet is { } loaded)
        {
            Swap(loaded);
        }

        return result;
    }
}
