namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="StoreOperationProviderSnapshot.SoftwareModules"/> (软件服务模块); the set is open.
/// </summary>
public static class StoreOperationModules
{
    /// <summary>Store decoration (店铺装修), a core module.</summary>
    public const string StoreDecoration = "StoreDecoration";

    /// <summary>Product listing and delisting (商品上下架), a core module.</summary>
    public const string ProductListing = "ProductListing";

    /// <summary>Order management (订单管理), a core module.</summary>
    public const string OrderManagement = "OrderManagement";

    /// <summary>Product photography (商品拍摄).</summary>
    public const string ProductPhotography = "ProductPhotography";

    /// <summary>Customer service (客服).</summary>
    public const string CustomerService = "CustomerService";

    /// <summary>Logistics (物流).</summary>
    public const string Logistics = "Logistics";
}
