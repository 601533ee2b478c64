namespace Douyin.Eligibility.Tool.Tests.Support;

/// <summary>A small admission rule file and snapshots, independent of the shipped rules.</summary>
internal static class Fixtures
{
    public static string AdmissionRules(string minStoreScore = "4.1") => $$$"""
        {
          "WorkflowName": "AllianceAdmission",
          "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}],
          "GlobalParams": [{"Name": "MinStoreScore", "Expression": "{{{minStoreScore}}}"}, {"Name": "MinPositiveRate", "Expression": "0.75"}],
          "Rules": [
            {"RuleName": "StoreScore", "ReasonCode": "ALLIANCE_STORE_SCORE", "Expression": "merchant.StoreScore > MinStoreScore",
             "ErrorMessage": "Store score $(merchant.StoreScore) is not above $(MinStoreScore)",
             "Messages": {"zh-CN": "店铺评分 $(merchant.StoreScore) 未高于 $(MinStoreScore)"}},
            {"RuleName": "PositiveRate", "ReasonCode": "ALLIANCE_POSITIVE_RATE", "Expression": "merchant.PositiveRate > MinPositiveRate",
             "ErrorMessage": "Positive rate $(merchant.PositiveRate) is not above $(MinPositiveRate)",
             "Messages": {"zh-CN": "好评率 $(merchant.PositiveRate) 未高于 $(MinPositiveRate)"}}
          ]
        }
        """;

    /// <summary>Five lines: two valid passes, one fail, a rate out of range (line 3) and a misspelt field (line 4).</summary>
    public const string MerchantsJsonLines = """
        {"id":"S1","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}
        {"id":"S2","asOf":"2024-07-25","storeScore":4.1,"positiveRate":0.9}
        {"id":"S3","asOf":"2024-07-25","storeScore":4.2,"positiveRate":1.5}
        {"id":"S4","asOf":"2024-07-25","storeScroe":4.2}
        {"id":"S5","asOf":"2024-07-25","storeScore":4.25,"positiveRate":0.8}
        """;

    public const string ValidMerchantsJsonLines = """
        {"id":"S1","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}
        {"id":"S2","asOf":"2024-07-25","storeScore":4.1,"positiveRate":0.9}
        {"id":"S5","asOf":"2024-07-25","storeScore":4.25,"positiveRate":0.8}
        """;
}
