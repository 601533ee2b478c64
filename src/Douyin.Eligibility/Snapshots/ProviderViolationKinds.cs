namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="ProviderViolation.Kind"/>, one per behaviour norm of the store-operation
/// category rules; the set is open.
/// </summary>
public static class ProviderViolationKinds
{
    /// <summary>Did not serve as promised.</summary>
    public const string ServiceNotAsPromised = "ServiceNotAsPromised";

    /// <summary>Unreasonable pricing.</summary>
    public const string UnreasonablePricing = "UnreasonablePricing";

    /// <summary>Complaints not handled in time.</summary>
    public const string ComplaintNotHandled = "ComplaintNotHandled";

    /// <summary>False information provided.</summary>
    public const string FalseInformation = "FalseInformation";

    /// <summary>User privacy not protected.</summary>
    public const string PrivacyBreach = "PrivacyBreach";
}
