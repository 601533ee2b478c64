namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="StoreOperationProviderSnapshot.SoftwareModules"/>; the set is open.
/// </summary>
public static class StoreOperationModules
{
    /// <summary>Store decoration, a core module.</summary>
    public const string StoreDecoration = "StoreDecoration";

    /// <summary>Product listing and delisting, a core module.</summary>
    public const string ProductListing = "ProductListing";

    /// <summary>Order management, a core module.</summary>
    public const string OrderManagement = "OrderManagement";

    /// <summary>Product photography.</summary>
    public const string ProductPhotography = "ProductPhotography";

    /// <summary>Customer service.</summary>
    public const string CustomerService = "CustomerService";

    /// <summary>Logistics.</summary>
    public const string Logistics = "Logistics";
}
