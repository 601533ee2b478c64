using Douyin.Eligibility;
using Douyin.Eligibility.Families;
using Microsoft.Extensions.Options;

namespace EligibilityService;

/// <summary>
/// Builds the service: the evaluator through DI, one endpoint per rule family of <see cref="EligibilityOptions.Families"/>
/// (a family's <see cref="EligibilityFamily.Route"/>), and <c>GET /health</c>.
/// Configuration: <c>Eligibility:RulesDirectory</c> (relative paths are resolved against the app's folder; empty or
/// unset uses the rules embedded in the package), <c>Eligibility:WatchForChanges</c> (default true: edits to the
/// directory are hot-reloaded; a broken or incomplete edit keeps the last good rules and <c>/health</c> says Degraded)
/// and <c>Eligibility:MaxRequestBodyBytes</c> (default <see cref="DefaultMaxRequestBodyBytes"/>; a larger body is a 413).
/// </summary>
public static class EligibilityServiceApp
{
    /// <summary>The largest request body accepted unless <c>Eligibility:MaxRequestBodyBytes</c> says otherwise: 30,000,000 bytes (Kestrel's default).</summary>
    public const long DefaultMaxRequestBodyBytes = 30_000_000;

    /// <summary>The configured, not yet started application; tests start it with <c>--urls http://127.0.0.1:0</c>.</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--Eligibility:RulesDirectory=/etc/rules</c>.</param>
    /// <param name="configure">Runs on the builder before the app is built (tests use it to capture logs).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var configured = builder.Configuration["Eligibility:RulesDirectory"];
        var rulesDirectory = string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(configured, AppContext.BaseDirectory);
        var watch = builder.Configuration.GetValue("Eligibility:WatchForChanges", defaultValue: true);
        var maxBody = builder.Configuration.GetValue("Eligibility:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        if (maxBody <= 0)
        {
            throw new InvalidOperationException(Resources.ServiceText.Get("Config_MaxRequestBodyBytes", maxBody));
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        builder.Services.AddProblemDetails();
        builder.Services.AddDouyinEligibility(options =>
        {
            options.RulesDirectory = rulesDirectory;
            options.WatchForChanges = rulesDirectory is not null && watch;
        });

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();

        // Load the rules now, so a broken rules directory stops the service at start rather than at the first request.
        app.Services.GetRequiredService<EligibilityEvaluator>();

        app.MapFamilyEndpoints(app.Services.GetRequiredService<IOptions<EligibilityOptions>>().Value.Families ?? EligibilityFamilies.All);
        app.MapHealthEndpoint(rulesDirectory);
        return app;
    }
}
