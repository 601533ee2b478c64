namespace Douyin.Eligibility.Rules.Internal;

/// <summary>
/// Finds the known name a misspelled one was probably meant to be ("Did you mean …?"), by
/// case-insensitive Levenshtein distance. Used for rule-file properties and expression members alike.
/// </summary>
internal static class NameSuggester
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/>, or null when none is close enough: the distance
    /// must be at most max(2, length of the name / 3) and smaller than both names' lengths (so that
    /// "x" is not "corrected" to an unrelated "y"). Ties go to the earliest candidate.
    /// </summary>
    /// <summary>
    /// The sentence that ends a diagnostic about an unknown name (the catalog's <c>Hint_DidYouMean</c>: " Did you mean 'x'?"),
    /// or an empty text when no candidate is close enough.
    /// </summary>
    public static LocalizableText Hint(string name, IEnumerable<string> candidates)
        => Suggest(name, candidates) is { } suggestion ? Messages.Get("Hint_DidYouMean", suggestion) : Messages.Empty;

    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        if (name.Length == 0)
        {
            return null;
        }

        var limit = Math.Max(2, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrEmpty(candidate) || string.Equals(candidate, name, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(name, candidate);
            if (distance <= limit && distance < name.Length && distance < candidate.Length && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Case-insensitive Levenshtein distance (insert, delete, substitute each cost 1).</summary>
    public static int Distance(string a, string b)
    {
        // Two rows are enough: each row only depends on the previous one.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = char.ToUpperInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
