using System.Text.Json;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>GET /openapi/v1.json: every family endpoint and its batch, with examples computed from the samples.</summary>
public class OpenApiTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_OpenApiDocument_ListsEveryFamilyEndpointAndItsBatch()
    {
        var (status, document) = await _host.GetAsync("/openapi/v1.json");

        status.Should().Be(200);
        document.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] routes = ["/alliance/admission", "/alliance/clearance", "/alliance/product-clearance", "/providers/brand-renewal", "/providers/brand-assessment", "/providers/store-operation/admission", "/providers/store-operation/penalty"];
        paths.Should().Contain(routes).And.Contain(routes.Select(r => r + "/batch"));
    }

    [Fact]
    public async Task Get_OpenApiDocument_HasTheSampleAndItsRealDecisionAsExamples()
    {
        var (_, document) = await _host.GetAsync("/openapi/v1.json");
        var (_, health) = await _host.GetAsync("/health");

        var post = document.GetProperty("paths").GetProperty("/alliance/admission").GetProperty("post");
        var request = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        var response = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        request.GetProperty("id").GetString().Should().Be(JsonDocument.Parse(Samples.Merchant).RootElement.GetProperty("id").GetString());
        response.GetProperty("outcome").GetString().Should().Be("Eligible");
        response.GetProperty("ruleSetHash").GetString().Should().Be(health.GetProperty("ruleSetHash").GetString());

        var batch = document.GetProperty("paths").GetProperty("/alliance/admission/batch").GetProperty("post");
        var rows = batch.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/x-ndjson").GetProperty("example").GetString()!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Should().HaveCount(2);
        rows[0].GetProperty("outcome").GetString().Should().Be("Eligible");
        rows[1].GetProperty("line").GetInt64().Should().Be(2);
        rows[1].GetProperty("errors").GetArrayLength().Should().BePositive();
    }
}
