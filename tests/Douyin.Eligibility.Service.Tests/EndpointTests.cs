using System.Text.Json;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>Each endpoint over real loopback HTTP, against the rules embedded in the package.</summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/alliance/admission", "merchant", "AllianceAdmission", "Eligible")]
    [InlineData("/alliance/clearance", "merchant", "AllianceClearance", "Retain")]
    [InlineData("/providers/brand-renewal", "brand", "BrandProviderRenewal", "Renewed")]
    [InlineData("/providers/store-operation/admission", "storeop", "StoreOperationAdmission", "Eligible")]
    [InlineData("/providers/store-operation/penalty", "storeop", "StoreOperationPenalty", "None")]
    public async Task Post_FamilyHappyPath_ReturnsTheExpectedDecision(string path, string sample, string workflow, string outcome)
    {
        var (status, body) = await _host.PostAsync(path + "?lang=en", Sample(sample));

        status.Should().Be(200, body.ToString());
        body.GetProperty("workflow").GetString().Should().Be(workflow);
        body.GetProperty("culture").GetString().Should().Be("en");
        body.GetProperty("ruleSetHash").GetString().Should().NotBeNullOrEmpty();
        body.GetProperty("explanation").GetString().Should().Contain("Decision:");
        body.GetProperty("outcome").GetString().Should().Be(outcome);
    }

    [Fact]
    public async Task Post_BrandRenewal_ReturnsRenewedWithScorecard()
    {
        var (status, body) = await _host.PostAsync("/providers/brand-renewal", Samples.BrandProvider);

        status.Should().Be(200);
        body.GetProperty("outcome").GetString().Should().Be("Renewed");
        body.GetProperty("criteria").GetArrayLength().Should().BeGreaterThan(0);
        body.GetProperty("culture").GetString().Should().Be("zh-CN", "zh-CN is the default language");
    }

    [Fact]
    public async Task Post_StoreOperationPenalty_ReturnsEveryStepOfTheLadderNotReached()
    {
        var (status, body) = await _host.PostAsync("/providers/store-operation/penalty?lang=en", Samples.StoreOperationProvider);

        status.Should().Be(200, body.ToString());
        body.GetProperty("outcome").GetString().Should().Be("None");
        var steps = body.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("state").GetString()).Should().NotBeEmpty().And.OnlyContain(state => state == "NotReached");
        steps.Select(s => s.GetProperty("level").GetString()).Should().Contain(["ServiceHidden", "ClearedOut"]);
        steps.Should().OnlyContain(s => s.GetProperty("code").GetString()!.StartsWith("PENALTY_"));
    }

    [Fact]
    public async Task Post_ProductClearance_ReturnsOneDecisionPerProduct()
    {
        var (status, body) = await _host.PostAsync("/alliance/product-clearance?lang=zh-CN", Samples.Merchant);

        status.Should().Be(200, body.ToString());
        var products = body.GetProperty("products").EnumerateArray().ToList();
        products.Should().HaveCount(2);
        products[0].GetProperty("outcome").GetString().Should().Be("Retain");
        products[1].GetProperty("outcome").GetString().Should().Be("Clear", "the second sample product is over its return-rate limit");
        products[1].GetProperty("reasons").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Post_InvalidJson_Is400WithTheField()
    {
        var json = Samples.Merchant.Replace("\"storeScore\": 4.6", "\"storeScore\": \"4.6\"");

        var (status, body) = await _host.PostAsync("/alliance/admission", json);

        status.Should().Be(400);
        body.GetProperty("status").GetInt32().Should().Be(400);
        body.GetProperty("errors").TryGetProperty("storeScore", out _).Should().BeTrue(body.ToString());
    }

    [Fact]
    public async Task Post_RepeatedProperty_Is400NamingIt()
    {
        var json = Samples.Merchant.Replace("\"storeScore\": 4.6", "\"storeScore\": 1, \"storeScore\": 4.6");

        var (status, body) = await _host.PostAsync("/alliance/admission", json);

        status.Should().Be(400);
        body.GetProperty("errors").TryGetProperty("storeScore", out _).Should().BeTrue(body.ToString());
    }

    [Fact]
    public async Task Post_UnknownProperty_Is400()
    {
        var (status, body) = await _host.PostAsync("/alliance/clearance", """{"id": "S1", "asOf": "2026-11-20", "storeScroe": 4.5}""");

        status.Should().Be(400);
        body.GetProperty("errors").EnumerateObject().Should().ContainSingle();
    }

    [Fact]
    public async Task Post_InvalidSnapshot_Is400WithEveryFieldAndCode()
    {
        var json = """{"id": "S1", "asOf": "2026-11-20", "positiveRate": 75, "gmv30dFen": -1, "products": [{"id": "P1", "pickupRate24h": 1.5}]}""";

        var (status, body) = await _host.PostAsync("/alliance/admission?lang=en", json);

        status.Should().Be(400);
        var errors = body.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["positiveRate", "gmv30dFen", "products[0].pickupRate24h"]);
        body.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Contain(["SV005", "SV003"]);
    }

    [Fact]
    public async Task Post_InvalidSnapshot_MessagesFollowTheLanguage()
    {
        var json = """{"id": "S1", "asOf": "2026-11-20", "positiveRate": 75}""";

        var (_, zh) = await _host.PostAsync("/alliance/admission?lang=zh-CN", json);
        var (_, en) = await _host.PostAsync("/alliance/admission?lang=en", json);

        Message(zh).Should().NotBe(Message(en));
        Message(zh).Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public async Task Post_BodyOverTheDefaultLimitOf30MB_Is413()
    {
        var head = """
            POST /alliance/admission HTTP/1.1
            Host: 127.0.0.1
            Content-Type: application/json
            Content-Length: 30000001

            """;

        var (status, response) = await RawHttp.SendAsync(_host.Address, head, [], endSending: false);

        status.Should().Be(413, response);
    }

    [Theory]
    [InlineData("/alliance/admission?lang=fr", "lang")]
    [InlineData("/providers/store-operation/penalty", "$")]
    public async Task Post_BadLanguageOrEmptyBody_Is400(string path, string field)
    {
        var (status, body) = await _host.PostAsync(path, path.Contains("lang") ? Samples.Merchant : string.Empty);

        status.Should().Be(400);
        body.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(body.ToString());
    }

    [Fact]
    public async Task GetHealth_EmbeddedRules_ReportsHashAndWorkflowVersions()
    {
        var (status, body) = await _host.GetAsync("/health");

        status.Should().Be(200);
        body.GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("rules").GetString().Should().Be("embedded");
        body.GetProperty("ruleSetHash").GetString().Should().NotBeNullOrEmpty();
        var workflows = body.GetProperty("workflows").EnumerateArray().Select(w => w.GetProperty("name").GetString()).ToList();
        workflows.Should().Contain(["AllianceAdmission", "AllianceClearance", "AllianceProductClearance", "BrandProviderRenewal", "StoreOperationAdmission", "StoreOperationPenalty"]);
        body.GetProperty("workflows").EnumerateArray().Should().Contain(w => w.GetProperty("version").GetString() == "2024-07-25");
    }

    private static string Message(JsonElement problem) => problem.GetProperty("errors").GetProperty("positiveRate")[0].GetString()!;

    private static string Sample(string name) => name switch
    {
        "merchant" => Samples.Merchant,
        "brand" => Samples.BrandProvider,
        _ => Samples.StoreOperationProvider,
    };
}
