using System.Text.Json;
using System.Text.Json.Nodes;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>
/// Snapshots with wrong values, through the service: each is a 400 ProblemDetails whose <c>errors</c> name the
/// field, and none yields a decision.
/// </summary>
public sealed class HostileSnapshotTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // endpoint, sample, JSON edit (field = raw JSON value, or -field to drop it), the field the 400 names
        { "/alliance/admission", "merchant", "storeScore=\"4.6\"", "storeScore" },
        { "/alliance/admission", "merchant", "isSettled=1", "isSettled" },
        { "/alliance/admission", "merchant", "penalties={}", "penalties" },
        { "/alliance/clearance", "merchant", "asOf=20240725", "asOf" },
        { "/alliance/admission", "merchant", "storeScore=NaN", "storeScore" },
        { "/alliance/admission", "merchant", "storeScore=\"NaN\"", "storeScore" },
        { "/alliance/admission", "merchant", "positiveRate=Infinity", "positiveRate" },
        { "/alliance/admission", "merchant", "gmv30dFen=-1", "gmv30dFen" },
        { "/alliance/clearance", "merchant", "positiveRate=1.01", "positiveRate" },
        { "/alliance/admission", "merchant", "-id", "id" },
        { "/alliance/admission", "merchant", "-asOf", "asOf" },
        { "/alliance/product-clearance", "merchant", "products[0].pickupRate24h=1.5", "products[0].pickupRate24h" },
        { "/providers/brand-renewal", "brand", "violationFinesFen=-100", "violationFinesFen" },
        { "/providers/brand-renewal", "brand", "adClickThroughRate=2", "adClickThroughRate" },
        { "/providers/brand-renewal", "brand", "teamSize=\"86\"", "teamSize" },
        { "/providers/brand-renewal", "brand", "-id", "id" },
        { "/providers/store-operation/admission", "storeop", "-asOf", "asOf" },
        { "/providers/store-operation/penalty", "storeop", "-id", "id" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_HostileSnapshot_Is400NamingTheField(string path, string sample, string edit, string field)
    {
        var (status, body) = await _host.PostAsync(path + "?lang=en", Edit(Sample(sample), edit));

        status.Should().Be(400, body.ToString());
        body.GetProperty("status").GetInt32().Should().Be(400);
        body.TryGetProperty("outcome", out _).Should().BeFalse("no decision is made");
        body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(field, body.ToString());
    }

    /// <summary>Applies <c>path=raw JSON</c> (the raw text is spliced in, so it may be invalid JSON such as NaN) or <c>-path</c>.</summary>
    private static string Edit(string json, string edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (edit.StartsWith('-'))
        {
            root.Remove(edit[1..]).Should().BeTrue();
            return root.ToJsonString();
        }

        var (path, raw) = (edit[..edit.IndexOf('=')], edit[(edit.IndexOf('=') + 1)..]);
        const string marker = "\"__REPLACED__\"";
        var parts = path.Split('.');
        JsonNode target = root;
        foreach (var part in parts[..^1])
        {
            target = part.EndsWith(']')
                ? target[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1])]!
                : target[part]!;
        }

        target.AsObject()[parts[^1]] = JsonValue.Create("__REPLACED__");
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace(marker, raw);
    }

    private static string Sample(string name) => name switch
    {
        "merchant" => Samples.Merchant,
        "brand" => Samples.BrandProvider,
        _ => Samples.StoreOperationProvider,
    };
}
