namespace Douyin.Eligibility.Decisions;

/// <summary>The outcome of an admission decision.</summary>
public enum AdmissionOutcome
{
    /// <summary>Every admission condition holds.</summary>
    Eligible,

    /// <summary>At least one condition fails.</summary>
    NotEligible,

    /// <summary>No condition fails, but at least one could not be judged (missing data or a rule error).</summary>
    Indeterminate,
}

/// <summary>The outcome of a clearance decision.</summary>
public enum ClearanceOutcome
{
    /// <summary>No clearance condition applies: the store or product stays.</summary>
    Retain,

    /// <summary>At least one clearance condition applies.</summary>
    Clear,

    /// <summary>No condition applies for sure, but at least one could not be judged.</summary>
    Indeterminate,
}

/// <summary>The outcome of a brand-provider renewal decision.</summary>
public enum RenewalOutcome
{
    /// <summary>Every hard gate holds and the scorecard reaches the pass mark.</summary>
    Renewed,

    /// <summary>A hard gate fails, or the scorecard cannot reach the pass mark.</summary>
    NotRenewed,

    /// <summary>Nothing fails for sure, but a gate or the scorecard could not be judged.</summary>
    Indeterminate,
}

/// <summary>The levels of the store-operation provider penalty ladder, least severe first.</summary>
public enum PenaltyLevel
{
    /// <summary>No penalty threshold is reached.</summary>
    None,

    /// <summary>Service hidden.</summary>
    ServiceHidden,

    /// <summary>Delisted.</summary>
    Delisted,

    /// <summary>Banned.</summary>
    Banned,

    /// <summary>Cleared out.</summary>
    ClearedOut,
}
