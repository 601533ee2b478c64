using Douyin.Eligibility;

namespace EligibilityService;

/// <summary>
/// Builds the service: the evaluator through DI, one endpoint per rule family, and <c>GET /health</c>.
/// Configuration: <c>Eligibility:RulesDirectory</c> (relative paths are resolved against the app's folder; empty or
/// unset uses the rules embedded in the package) and <c>Eligibility:WatchForChanges</c> (default true: edits to the
/// directory are hot-reloaded; a broken edit keeps the last good rules).
/// </summary>
public static class EligibilityServiceApp
{
    /// <summary>The configured, not yet started application; tests start it with <c>--urls http://127.0.0.1:0</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var configured = builder.Configuration["Eligibility:RulesDirectory"];
        var rulesDirectory = string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(configured, AppContext.BaseDirectory);
        var watch = builder.Configuration.GetValue("Eligibility:WatchForChanges", defaultValue: true);

        builder.Services.AddProblemDetails();
        builder.Services.AddDouyinEligibility(options =>
        {
            options.RulesDirectory = rulesDirectory;
            options.WatchForChanges = rulesDirectory is not null && watch;
        });

        var app = builder.Build();
        app.UseExceptionHandler();

        // Load the rules now, so a broken rules directory stops the service at start rather than at the first request.
        app.Services.GetRequiredService<EligibilityEvaluator>();

        app.MapFamilyEndpoints();
        app.MapHealthEndpoint(rulesDirectory);
        return app;
    }
}
