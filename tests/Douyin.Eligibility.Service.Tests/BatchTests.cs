using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>POST {route}/batch: NDJSON in, NDJSON out, in order, a bad line gives an error row.</summary>
public class BatchTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync(args: ["--EligibilityService:MaxRequestBodyBytes=100000"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Line(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

    [Fact]
    public async Task Post_Batch_GivesOneRowPerLineInOrder_AndAnErrorRowForEachBadLine()
    {
        var good = Line(Samples.Merchant);
        var low = Line(Samples.Merchant.Replace("\"storeScore\": 4.6", "\"storeScore\": 3.9"));
        var input = string.Join('\n', good, "{\"id\": ", "", low, """{"id": "S-BAD", "asOf": "2024-08-01", "positiveRate": 7}""") + "\n";

        var (status, contentType, rows) = await Post("/alliance/admission/batch?lang=en", input);

        status.Should().Be(200);
        contentType.Should().Be("application/x-ndjson");
        rows.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(1, 2, 4, 5);
        rows[0].GetProperty("outcome").GetString().Should().Be("Eligible");
        rows[1].GetProperty("errors")[0].GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        rows[1].TryGetProperty("outcome", out _).Should().BeFalse();
        rows[2].GetProperty("outcome").GetString().Should().Be("NotEligible");
        rows[3].GetProperty("id").GetString().Should().Be("S-BAD");
        rows[3].GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("field").GetString() == "positiveRate" && e.GetProperty("code").GetString()!.StartsWith("SV"));
    }

    [Fact]
    public async Task Post_Batch_RowsHaveTheToolsJsonLinesShape()
    {
        var (_, _, rows) = await Post("/alliance/admission/batch?lang=en", Line(Samples.Merchant.Replace("\"storeScore\": 4.6", "\"storeScore\": 3.9")) + "\n");

        var row = rows.Should().ContainSingle().Subject;
        row.EnumerateObject().Select(p => p.Name).Take(8).Should().Equal("line", "id", "asOf", "outcome", "reasons", "missingFields", "ruleSetHash", "workflow");
        var reason = row.GetProperty("reasons").EnumerateArray().First(r => r.TryGetProperty("observed", out _));
        reason.GetProperty("observed").ValueKind.Should().Be(JsonValueKind.String, "observed is text, as in the tool's JSON Lines");
        reason.GetProperty("gap").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task Post_Batch_ProductClearance_GivesARowPerProductWithTheStoresLine()
    {
        var (_, _, rows) = await Post("/alliance/product-clearance/batch", Line(Samples.Merchant) + "\n" + Line(Samples.Merchant) + "\n");

        rows.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(1, 1, 2, 2);
        rows.Select(r => r.GetProperty("outcome").GetString()).Should().Equal("Retain", "Clear", "Retain", "Clear");
    }

    [Fact]
    public async Task Post_Batch_LongerThanTheBodyLimit_IsStreamedWhileALineOverItIsAnErrorRow()
    {
        var line = Line(Samples.Merchant);
        var count = (100_000 / line.Length) + 20;
        var tooLong = "{\"id\": \"" + new string('x', 100_001) + "\"}";
        var input = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            input.Append(line).Append('\n');
        }

        input.Append(tooLong).Append('\n').Append(line).Append('\n');

        var (status, _, rows) = await Post("/alliance/admission/batch", input.ToString());

        status.Should().Be(200);
        rows.Should().HaveCount(count + 2);
        rows.Take(count).Should().OnlyContain(r => r.GetProperty("outcome").GetString() == "Eligible");
        rows[count].GetProperty("line").GetInt64().Should().Be(count + 1);
        rows[count].GetProperty("errors").GetArrayLength().Should().Be(1);
        rows[count + 1].GetProperty("outcome").GetString().Should().Be("Eligible");
    }

    [Fact]
    public async Task Post_Batch_NotNdJson_Is415()
    {
        using var content = new StringContent(Samples.Merchant, Encoding.UTF8, "application/json");
        using var response = await _host.Client.PostAsync("/alliance/admission/batch", content);

        ((int)response.StatusCode).Should().Be(415);
    }

    private async Task<(int Status, string? ContentType, List<JsonElement> Rows)> Post(string path, string ndjson)
    {
        using var content = new StringContent(ndjson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await _host.Client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, rows);
    }
}
