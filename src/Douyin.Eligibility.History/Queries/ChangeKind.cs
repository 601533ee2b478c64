namespace Douyin.Eligibility.History.Queries;

/// <summary>How a subject's decision moved since the previous run.</summary>
public enum ChangeKind
{
    /// <summary>It passed in the previous run and does not now (newly not eligible, newly cleared, newly penalised).</summary>
    NewlyFailing,

    /// <summary>It did not pass in the previous run and passes now.</summary>
    Recovered,

    /// <summary>It did not pass in the previous run and still does not (its outcome may have changed).</summary>
    StillFailing,

    /// <summary>Not in the previous run, and it does not pass.</summary>
    NewFailing,

    /// <summary>In the previous run, not in this one.</summary>
    Gone,
}
