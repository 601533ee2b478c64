namespace SampleDataGenerator;

/// <summary>
/// Hand-written merchant lines that must be rejected, each for one documented reason: the first group fails JSON
/// reading, the second reads but fails validation (SVxxx). Line 1 is valid so readers show that a bad line does not
/// stop the stream.
/// </summary>
internal static class InvalidLines
{
    public static readonly string[] Merchants =
    [
        """{"id":"SHOP-7000001","asOf":"2026-11-20","shopName":"青禾食品旗舰店","storeScore":4.6,"positiveRate":0.93}""",
        """{"id":"SHOP-7000002","asOf":"2026-11-20","shopName":"拼写错误专营店","storeScroe":4.6}""",
        """{"id":"SHOP-7000003","asOf":"2026-11-20","storeScore":"4.6"}""",
        """{"id":"SHOP-7000004","asOf":"2026/11/20"}""",
        """{"id":"SHOP-7000005","asOf":"2026-11-20","gmv30dFen":10.5}""",
        """{"id":"SHOP-7000006","asOf":"2026-11-20","experienceScore":4.2,"experienceScoreScale":"TenPoint"}""",
        """{"id":"SHOP-7000007","asOf":"2026-11-20","settledDate":"2024-03-01","daysSinceSettled":994}""",
        """{"id":"SHOP-7000008","asOf":"2026-11-20","shopName":"断行小店","storeScore":4.5""",
        """{"id":"SHOP-7000009","asOf":"2026-11-20","positiveRate":75}""",
        """{"id":"SHOP-7000010","asOf":"2026-11-20","gmv30dFen":-500}""",
        """{"id":"SHOP-7000011","asOf":"2026-11-20","experienceScore":4.2}""",
        """{"id":"SHOP-7000012","asOf":"2026-11-20","penalties":[{"rule":"PublishingEvasion","date":"2026-12-01"}]}""",
        """{"id":"  ","asOf":"2026-11-20","shopName":"无编号小店"}""",
        """{"id":"SHOP-7000014","asOf":"2026-11-20","storeScore":5.6,"allianceOpeningsUsed":-1}""",
        """{"id":"SHOP-7000015","asOf":"2026-11-20","products":[{"id":"3600000000001","qualityReturnRate":1.5}]}""",
        """{"id":"SHOP-7000016","shopName":"缺少日期专卖店"}""",
    ];
}
