using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EligibilityService;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>The real service on Kestrel at an ephemeral loopback port, and an HttpClient for it.</summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(WebApplication app, HttpClient client, CapturingLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    /// <summary>Every log entry of Warning and above the app wrote (the level the tests configure).</summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The service's address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address => Client.BaseAddress!;

    /// <summary>Starts the app; <paramref name="rulesDirectory"/> null uses the rules embedded in the package.</summary>
    public static Task<ServiceHost> StartAsync(string? rulesDirectory = null, params string[] args)
        => StartWithArgsAsync([$"--DouyinEligibility:RulesDirectory={rulesDirectory}", .. args]);

    /// <summary>Starts the app with <paramref name="configure"/> run on its builder (e.g. to add families to the options).</summary>
    public static Task<ServiceHost> StartAsync(string? rulesDirectory, Action<WebApplicationBuilder> configure, params string[] args)
        => StartWithArgsAsync(configure, [$"--DouyinEligibility:RulesDirectory={rulesDirectory}", .. args]);

    /// <summary>Starts the app with only the URL set: its appsettings.json decides where the rules come from.</summary>
    public static Task<ServiceHost> StartWithAppSettingsAsync() => StartWithArgsAsync();

    private static Task<ServiceHost> StartWithArgsAsync(params string[] args) => StartWithArgsAsync(null, args);

    private static async Task<ServiceHost> StartWithArgsAsync(Action<WebApplicationBuilder>? configure, params string[] args)
    {
        var logs = new CapturingLoggerProvider();
        var app = EligibilityServiceApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. args], builder =>
        {
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        return new ServiceHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) }, logs);
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, string json, string? contentType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        using var response = await Client.PostAsync(path, content);
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

/// <summary>Keeps every log entry, with its exception, for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => owner.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
