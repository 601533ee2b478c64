using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>Accept-Language picks the culture of messages (zh-CN by default, en); <c>?lang=</c> overrides it.</summary>
public class LocalizationTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null, "zh-CN")]
    [InlineData("en", "en")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("zh-CN,zh;q=0.9", "zh-CN")]
    [InlineData("fr-FR", "zh-CN")]
    public async Task Post_AcceptLanguage_SetsTheDecisionCulture(string? acceptLanguage, string expected)
    {
        var body = await Post("/alliance/admission", acceptLanguage);

        body.GetProperty("culture").GetString().Should().Be(expected);
        body.GetProperty("explanation").GetString().Should().Contain(expected == "en" ? "Decision:" : "结论");
    }

    [Fact]
    public async Task Post_LangQuery_WinsOverAcceptLanguage()
        => (await Post("/alliance/admission?lang=zh-CN", "en")).GetProperty("culture").GetString().Should().Be("zh-CN");

    [Fact]
    public async Task Post_InvalidJson_ProblemTitleFollowsAcceptLanguage()
    {
        var en = await Post("/alliance/admission", "en", "{");
        var zh = await Post("/alliance/admission", "zh-CN", "{");

        en.GetProperty("title").GetString().Should().NotBe(zh.GetProperty("title").GetString());
        zh.GetProperty("title").GetString().Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        en.GetProperty("title").GetString().Should().MatchRegex("^[ -~]+$");
    }

    private async Task<JsonElement> Post(string path, string? acceptLanguage, string? json = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json ?? Samples.Merchant, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _host.Client.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
