using System.Text;
using System.Text.Json.Nodes;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

/// <summary>
/// Hostile snapshots through the API: each gives a read or validation error naming the field and no decision, and in
/// a mixed stream every valid item beside them is still evaluated.
/// </summary>
public class HostileSnapshotTests
{
    private static readonly string Good = SnapshotJson.Serialize(TestRules.GoodMerchant());

    /// <summary>Hostile merchant lines and the field each must be reported under.</summary>
    public static TheoryData<string, string> Merchants => new()
    {
        // Caught while reading the JSON.
        { Good.Insert(1, "\"storeScore\":1,"), "storeScore" },
        { Set(Good, "experienceScoreScale", 1), "experienceScoreScale" },
        { Set(Good, "experienceScoreScale", "1"), "experienceScoreScale" },
        { Set(Good, "experienceScoreScale", "fivePoint"), "experienceScoreScale" },
        { Set(Good, "storeScore", "4.6"), "storeScore" },
        { Set(Good, "gmv30dFen", 10.5), "gmv30dFen" },
        { Set(Good, "isSettled", "yes"), "isSettled" },
        { Set(Good, "storeScore", "NaN"), "storeScore" },
        { Set(Good, "positiveRate", "Infinity"), "positiveRate" },
        { Set(Good, "positiveRate", "-Infinity"), "positiveRate" },
        { Good.Replace("\"storeScore\":4.5", "\"storeScore\":NaN", StringComparison.Ordinal), "storeScore" },
        { Good.Replace("\"storeScore\":4.5", "\"storeScore\":1e400", StringComparison.Ordinal), "storeScore" },
        { Set(Good, "settledDate", "2024/06/01"), "settledDate" },
        { Set(Good, "daysSinceSettled", 3), "daysSinceSettled" },
        { Set(Good, "storeScroe", 4.6), "storeScroe" },
        { Good.Replace("\"products\":[{", "\"products\":[{\"id\":\"X\",", StringComparison.Ordinal), "products[0].id" },

        // Caught by validation.
        { Set(Good, "gmv30dFen", -1), "gmv30dFen" },
        { Set(Good, "positiveRate", 1.5), "positiveRate" },
        { Set(Good, "storeScore", 5.1), "storeScore" },
        { Set(Good, "settledDate", "2030-01-01"), "settledDate" },
        { Edit(Good, o => o["penalties"]![0]!["date"] = "2030-01-01"), "penalties[0].date" },
        { Edit(Good, o => o["penalties"]![0]!.AsObject().Remove("date")), "penalties[0].date" },
        { Edit(Good, o => o["penalties"]![0]!.AsObject().Remove("rule")), "penalties[0].rule" },
        { Edit(Good, o => o.Remove("id")), "id" },
        { Edit(Good, o => o.Remove("asOf")), "asOf" },
        { Set(Good, "id", "SHOP\u0000-1"), "id" },
        { Edit(Good, o => o["products"]![1]!["id"] = o["products"]![0]!["id"]!.GetValue<string>()), "products[1].id" },
        { Set(Good, "shopName", new string('店', 1_100_000)), "shopName" },
        { Edit(Good, o => o["products"] = new JsonArray(Enumerable.Range(0, 10_001).Select(i => (JsonNode)new JsonObject { ["id"] = $"P{i}" }).ToArray())), "products" },
        { Edit(Good, o => o["products"]![0]!["pickupRate24h"] = 40), "products[0].pickupRate24h" },
        { Edit(Good, o => o["controllerStores"]![0]!["id"] = ""), "controllerStores[0].id" },
    };

    [Theory]
    [MemberData(nameof(Merchants))]
    public void EvaluateAllianceAdmission_HostileMerchant_ReportsTheFieldAndNoDecision(string json, string field)
    {
        var outcome = Admission(SnapshotJson.Read<MerchantSnapshot>(json));

        outcome.Decided.Should().BeFalse();
        outcome.Fields.Should().Contain(field);
    }

    [Fact]
    public void EvaluateMany_MixedJsonLines_EvaluatesEveryValidLineAndReportsEveryHostileOne()
    {
        var hostile = Merchants.Select(row => ((string)row[0], (string)row[1])).ToList();
        var lines = new List<string>();
        foreach (var (json, _) in hostile)
        {
            lines.Add(Set(Good, "id", $"OK-{lines.Count}"));
            lines.Add(json);
        }

        lines.Add(Set(Good, "id", $"OK-{lines.Count}"));
        using var reader = new StringReader(string.Join('\n', lines));

        var outcomes = TestRules.Evaluator.EvaluateMany(SnapshotJson.ReadJsonLines<MerchantSnapshot>(reader), (_, read) => Admission(read)).ToList();

        outcomes.Should().HaveCount(lines.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (i % 2 == 0)
            {
                outcomes[i].Decided.Should().BeTrue($"line {i + 1} is valid");
                outcomes[i].SubjectId.Should().Be($"OK-{i}");
            }
            else
            {
                outcomes[i].Decided.Should().BeFalse($"line {i + 1} is hostile");
                outcomes[i].Fields.Should().Contain(hostile[i / 2].Item2, $"line {i + 1}");
            }
        }
    }

    [Fact]
    public void EvaluateMany_MixedJsonArray_EvaluatesEveryValidElement()
    {
        // Each hostile element that is still valid JSON (bare NaN is not) is skipped on its own.
        var elements = new[]
        {
            Set(Good, "id", "OK-0"), Good.Insert(1, "\"storeScore\":1,"), Set(Good, "experienceScoreScale", 1),
            Set(Good, "id", "OK-3"), Set(Good, "gmv30dFen", -1), Set(Good, "id", "A\u0000"), Set(Good, "id", "OK-6"),
        };
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", elements) + "\n]"));

        var outcomes = TestRules.Evaluator.EvaluateMany(SnapshotJson.ReadJsonArray<MerchantSnapshot>(stream), (_, read) => Admission(read)).ToList();

        outcomes.Select(o => o.Decided).Should().Equal(true, false, false, true, false, false, true);
        outcomes.Where(o => o.Decided).Select(o => o.SubjectId).Should().Equal("OK-0", "OK-3", "OK-6");
        outcomes.Where(o => !o.Decided).Select(o => o.Fields.Single()).Should().Equal("storeScore", "experienceScoreScale", "gmv30dFen", "id");
    }

    [Fact]
    public void EvaluateMany_MixedSnapshotObjects_EvaluatesEveryValidOne()
    {
        var good = TestRules.GoodMerchant();
        var snapshots = new MerchantSnapshot?[]
        {
            good with { Id = "OK-0" },
            null,
            good with { Id = "BAD-\u0001" },
            good with { Id = "OK-3" },
            good with { Products = [TestSnapshots.Product(), TestSnapshots.Product()] },
            good with { ShopName = new string('x', 2_000) },
            good with { Penalties = [new PenaltyRecord { Rule = "R" }] },
            good with { Id = "OK-7" },
        };

        var results = TestRules.Evaluator.EvaluateMany(snapshots, (e, m) => e.EvaluateAllianceAdmission(m)).ToList();

        results.Select(r => r.IsSuccess).Should().Equal(true, false, false, true, false, false, false, true);
        results.Where(r => !r.IsSuccess).Select(r => r.ValidationErrors.Single().Field).Should().Equal("", "id", "products[1].id", "shopName", "penalties[0].date");
    }

    [Fact]
    public void EvaluateMany_HostileStoreOperationProviders_EvaluatesEveryValidOne()
    {
        var good = SnapshotJson.Serialize(TestSnapshots.StoreOperationProvider() with { AsOf = new DateOnly(2024, 6, 30) });
        var lines = new[]
        {
            good,
            Edit(good, o => o["violations"]![0]!.AsObject().Remove("points")),
            Edit(good, o => o["violations"]![0]!["points"] = null),
            Edit(good, o => o["violations"]![0]!["points"] = -3),
            Edit(good, o => o["violations"]![0]!["date"] = "2030-01-01"),
            Edit(good, o => o["softwareModules"]![0] = "Store\u0000Decoration"),
            Edit(good, o => o["depositPaidFen"] = -5),
            good,
        };
        using var reader = new StringReader(string.Join('\n', lines));

        var outcomes = TestRules.Evaluator.EvaluateMany(
            SnapshotJson.ReadJsonLines<StoreOperationProviderSnapshot>(reader),
            (e, read) => read.IsSuccess ? Outcome.Of(e.EvaluateStoreOperationPenalty(read.Value)) : Outcome.Of(read.Error!)).ToList();

        outcomes.Select(o => o.Decided).Should().Equal(true, false, false, false, false, false, false, true);
        outcomes.Where(o => !o.Decided).Select(o => o.Fields.Single()).Should().Equal(
            "violations[0].points", "violations[0].points", "violations[0].points", "violations[0].date", "softwareModules[0]", "depositPaidFen");
    }

    private static Outcome Admission(SnapshotReadResult<MerchantSnapshot> read)
        => read.IsSuccess ? Outcome.Of(TestRules.Evaluator.EvaluateAllianceAdmission(read.Value)) : Outcome.Of(read.Error!);

    private static string Set(string json, string property, object? value) => Edit(json, o => o[property] = JsonValue.Create(value));

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>What a host sees for one item: a decision, or the fields it must fix.</summary>
    private sealed record Outcome(bool Decided, string SubjectId, IReadOnlyList<string> Fields)
    {
        public static Outcome Of<TDecision>(Douyin.Eligibility.Decisions.EligibilityResult<TDecision> result)
            where TDecision : Douyin.Eligibility.Decisions.EligibilityDecision
            => new(result.IsSuccess, result.SubjectId, result.ValidationErrors.Select(e => e.Field).ToList());

        public static Outcome Of(SnapshotReadError error) => new(false, "", [error.Field]);
    }
}
