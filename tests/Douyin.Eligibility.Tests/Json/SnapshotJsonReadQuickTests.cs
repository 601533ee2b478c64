using System.Globalization;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Json;

/// <summary>
/// <see cref="SnapshotJson.Read{T}(string)"/> tries the quick merchant reader before the serializer (a one-snapshot
/// process then never builds the serializer's metadata): its result must be exactly the serializer path's, value,
/// line, index and error alike, for every input.
/// </summary>
public sealed class SnapshotJsonReadQuickTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "merchants.jsonl", "merchants-with-errors.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(Repo.Root, "samples", "data", file)).Where(l => l.Trim().Length > 0).Take(40))
            {
                data.Add(line);
            }
        }

        data.Add(File.ReadAllText(Path.Combine(Repo.Root, "samples", "data", "examples", "merchant.json")));
        foreach (var edge in EdgeCases)
        {
            data.Add(edge);
        }

        return data;
    }

    private static readonly string[] EdgeCases =
    [
        """{"id":"S","asOf":"2024-07-25"}""",
        "{\n  \"id\": \"S\",\n  \"asOf\": \"2024-07-25\",\n  \"storeScore\": 4.10\n}\n",
        """{"id":"S","asOf":"2024-07-25","storeScore":1,"storeScore":4.6}""",
        """{"id":"S","asOf":"2024-07-25","storeScroe":4.6}""",
        """{"id":"S","asOf":"2024-02-30"}""",
        """{"id":"S","asOf":null}""",
        """{"id":"S","asOf":"2024-07-25","products":[null]}""",
        """{"id":"S","asOf":"2024-07-25"} {}""",
        """[{"id":"S","asOf":"2024-07-25"}]""",
        """{"id":"S","asOf":"2024-07-25" """,
        "null",
        "",
        "   ",
        "\uFEFF{\"id\":\"S\",\"asOf\":\"2024-07-25\"}",
        "{\"id\":\"S\uD800\",\"asOf\":\"2024-07-25\"}",
        "{\"id\":\"S\uDC00x\",\"asOf\":\"2024-07-25\"}",
        "{\"id\":\"店😀\",\"asOf\":\"2024-07-25\",\"shopName\":\"\\\"店\\\"\"}",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_String_EqualsTheSerializerPath(string json)
    {
        var expected = SnapshotItemParser.Parse(json, 1, 0, SnapshotJsonOptions.TypeInfo<MerchantSnapshot>());

        var actual = SnapshotJson.Read<MerchantSnapshot>(json);

        actual.IsSuccess.Should().Be(expected.IsSuccess);
        actual.Line.Should().Be(expected.Line);
        actual.Index.Should().Be(expected.Index);
        actual.Value.Should().Be(expected.Value);
        if (expected.Value is { } value)
        {
            SnapshotJson.Serialize(actual.Value!).Should().Be(SnapshotJson.Serialize(value));
        }

        actual.Error.Should().Be(expected.Error);
        actual.Error?.GetMessage(CultureInfo.InvariantCulture).Should().Be(expected.Error!.GetMessage(CultureInfo.InvariantCulture));
        actual.Error?.Field.Should().Be(expected.Error!.Field);
    }

    [Fact]
    public void TryQuick_TheExampleMerchant_IsTakenWithoutTheSerializer()
    {
        var json = File.ReadAllText(Path.Combine(Repo.Root, "samples", "data", "examples", "merchant.json"));

        SnapshotItemParser.TryQuick<MerchantSnapshot>(json, out var result).Should().BeTrue();
        result!.Value.Should().Be(SnapshotItemParser.Parse(json, 1, 0, SnapshotJsonOptions.TypeInfo<MerchantSnapshot>()).Value);
    }

    [Fact]
    public void TryQuick_ALoneSurrogateOrARepeatedName_IsLeftToTheSerializer()
    {
        // Built here, not in an attribute: an attribute's string cannot hold a lone surrogate.
        var loneSurrogate = "{\"id\":\"S" + '\uD800' + "\",\"asOf\":\"2024-07-25\"}";
        var repeated = """{"id":"S","asOf":"2024-07-25","storeScore":1,"storeScore":4.6}""";

        foreach (var json in new[] { loneSurrogate, repeated })
        {
            SnapshotItemParser.TryQuick<MerchantSnapshot>(json, out var result).Should().BeFalse();
            result.Should().BeNull();
        }
    }

    [Fact]
    public void TryQuick_AnotherSnapshotType_IsLeftToTheSerializer()
    {
        SnapshotItemParser.TryQuick<BrandProviderSnapshot>("""{"id":"B","asOf":"2024-07-25"}""", out _).Should().BeFalse();
    }
}
