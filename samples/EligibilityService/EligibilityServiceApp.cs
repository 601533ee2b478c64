using System.Reflection;
using Douyin.Eligibility;
using Douyin.Eligibility.Families;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace EligibilityService;

/// <summary>
/// Builds the service: the evaluator through DI, one endpoint per rule family of <see cref="EligibilityOptions.Families"/>
/// (a family's <see cref="EligibilityFamily.Route"/>) and its <c>/batch</c>, <c>GET /health</c> (the library's health
/// check) and <c>GET /openapi/v1.json</c>. Configuration (docs/hosting.md): the section <c>DouyinEligibility</c> is the
/// library's options (<c>AddDouyinEligibility(IConfiguration)</c>). Its <c>RulesDirectory</c>: relative paths are
/// resolved against the app's folder; blank uses the rules embedded in the package; unset uses the repository's
/// <c>rules/</c> folder this build came from (<see cref="SourceRulesDirectory"/>), so that editing it hot-reloads a
/// service started from the source tree, or the embedded rules when that folder is not there (a deployed copy).
/// <c>WatchForChanges</c> defaults to true here: a broken or incomplete edit keeps the last good rules and
/// <c>/health</c> says Degraded. <c>EligibilityService:MaxRequestBodyBytes</c> (default
/// <see cref="DefaultMaxRequestBodyBytes"/>) limits a request body (413 above it) and each line of a batch.
/// Messages follow <c>?lang=</c>, else <c>Accept-Language</c> (zh-CN, the default, or en).
/// </summary>
public static class EligibilityServiceApp
{
    /// <summary>The largest request body accepted unless <c>EligibilityService:MaxRequestBodyBytes</c> says otherwise: 30,000,000 bytes (Kestrel's default).</summary>
    public const long DefaultMaxRequestBodyBytes = 30_000_000;

    /// <summary>The repository's <c>rules/</c> folder, recorded when this service was built; null when it is not there now.</summary>
    public static string? SourceRulesDirectory { get; } = typeof(EligibilityServiceApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "EligibilityService.SourceRulesDirectory")?.Value is { } path && Directory.Exists(path) ? path : null;

    /// <summary>The configured, not yet started application; tests start it with <c>--urls http://127.0.0.1:0</c>.</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--DouyinEligibility:RulesDirectory=/etc/rules</c>.</param>
    /// <param name="configure">Runs on the builder before the app is built (tests use it to capture logs).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var maxBody = builder.Configuration.GetValue("EligibilityService:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        if (maxBody <= 0)
        {
            throw new InvalidOperationException(Resources.ServiceText.Get("Config_MaxRequestBodyBytes", maxBody));
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        builder.Services.AddSingleton(new ServiceLimits(maxBody));
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestLocalization(options =>
        {
            string[] cultures = ["zh-CN", "en"];
            options.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }, new AcceptLanguageHeaderRequestCultureProvider()];
        });

        var section = builder.Configuration.GetSection(Microsoft.Extensions.DependencyInjection.EligibilityServiceCollectionExtensions.DefaultSectionName);
        builder.Services.AddDouyinEligibility(section).AddDouyinEligibility(options =>
        {
            options.RulesDirectory = section["RulesDirectory"] is null
                ? SourceRulesDirectory
                : options.RulesDirectory is { } configured ? Path.GetFullPath(configured, AppContext.BaseDirectory) : null;
            options.WatchForChanges = options.RulesDirectory is not null && section.GetValue("WatchForChanges", defaultValue: true);
        });
        builder.Services.AddSingleton(provider => new RulesLocation(provider.GetRequiredService<IOptions<EligibilityOptions>>().Value.RulesDirectory ?? "embedded"));
        builder.Services.AddHealthChecks().AddDouyinEligibility();
        builder.Services.AddOpenApi(options => options.AddOperationTransformer(OpenApiExamples.TransformAsync));

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseRequestLocalization();

        // The rules are loaded when the host starts (the options are validated on start): broken rules stop it then,
        // with every diagnostic, rather than at the first request.
        app.MapFamilyEndpoints(app.Services.GetRequiredService<IOptions<EligibilityOptions>>().Value.Families ?? EligibilityFamilies.All);
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapOpenApi();
        return app;
    }
}
