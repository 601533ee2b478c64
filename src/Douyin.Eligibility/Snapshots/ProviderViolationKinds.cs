namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="ProviderViolation.Kind"/>, one per behaviour norm (行为规范) of the store-operation
/// category rules; the set is open.
/// </summary>
public static class ProviderViolationKinds
{
    /// <summary>Did not serve as promised (未按承诺提供服务).</summary>
    public const string ServiceNotAsPromised = "ServiceNotAsPromised";

    /// <summary>Unreasonable pricing (定价不合理).</summary>
    public const string UnreasonablePricing = "UnreasonablePricing";

    /// <summary>Complaints not handled in time (未及时处理投诉).</summary>
    public const string ComplaintNotHandled = "ComplaintNotHandled";

    /// <summary>False information provided (提供虚假信息).</summary>
    public const string FalseInformation = "FalseInformation";

    /// <summary>User privacy not protected (泄露用户隐私).</summary>
    public const string PrivacyBreach = "PrivacyBreach";
}
