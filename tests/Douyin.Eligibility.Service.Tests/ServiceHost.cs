using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EligibilityService;
using Microsoft.AspNetCore.Builder;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>The real service on Kestrel at an ephemeral loopback port, and an HttpClient for it.</summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Starts the app; <paramref name="rulesDirectory"/> null uses the rules embedded in the package.</summary>
    public static Task<ServiceHost> StartAsync(string? rulesDirectory = null)
        => StartWithArgsAsync($"--Eligibility:RulesDirectory={rulesDirectory}");

    /// <summary>Starts the app with only the URL set: its appsettings.json decides where the rules come from.</summary>
    public static Task<ServiceHost> StartWithAppSettingsAsync() => StartWithArgsAsync();

    private static async Task<ServiceHost> StartWithArgsAsync(params string[] args)
    {
        var app = EligibilityServiceApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. args]);
        await app.StartAsync();
        var address = app.Urls.Single();
        return new ServiceHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, string json)
    {
        using var response = await Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await Read(response));
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return ((int)response.StatusCode, await Read(response));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response)
        => (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
}
