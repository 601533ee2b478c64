using Douyin.Eligibility.Tests.Families.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>The demo family of docs/families.md through the service: added to the DI options, it gets its route.</summary>
public sealed class DemoFamilyEndpointTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    public async Task InitializeAsync()
        => _host = await ServiceHost.StartAsync(
            LiveHostFamily.Directory,
            builder => builder.Services.Configure<EligibilityOptions>(options =>
            {
                options.Families = LiveHostFamily.WithBuiltIns;
                options.RequiredWorkflows = ["LiveHostAdmission"];
            }),
            "--DouyinEligibility:WatchForChanges=false");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(25000, "Eligible", 0)]
    [InlineData(900, "NotEligible", 1)]
    public async Task PostDemoRoute_Host_ReturnsTheDecision(int followers, string outcome, int reasons)
    {
        var (status, body) = await _host.PostAsync(
            "/demo/live-host/admission?lang=en",
            $$"""{"id":"HOST-1","asOf":"2024-07-25","followers":{{followers}},"violationPoints30d":0}""");

        status.Should().Be(200, body.ToString());
        body.GetProperty("workflow").GetString().Should().Be("LiveHostAdmission");
        body.GetProperty("outcome").GetString().Should().Be(outcome);
        body.GetProperty("reasons").GetArrayLength().Should().Be(reasons);
    }

    [Fact]
    public async Task PostDemoRoute_UnknownMember_Is400NamingIt()
    {
        var (status, body) = await _host.PostAsync("/demo/live-host/admission", """{"id":"HOST-1","asOf":"2024-07-25","folowers":1}""");

        status.Should().Be(400);
        body.GetProperty("errors").TryGetProperty("folowers", out _).Should().BeTrue(body.ToString());
    }
}
