using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Snapshots;

namespace EligibilityService;

/// <summary>
/// One POST endpoint per rule family, at the family's <see cref="EligibilityFamily.Route"/>; each takes a snapshot as
/// JSON, and <c>?lang=en|zh-CN</c> or <c>Accept-Language</c> (default zh-CN). A family whose snapshot holds several
/// subjects (product clearance) answers with one decision per item of its <see cref="EligibilityFamily.SubjectCollection"/>.
/// Each family also has <c>{route}/batch</c>, NDJSON in and out (<see cref="BatchEndpoint"/>).
/// </summary>
internal static class FamilyEndpoints
{
    /// <summary>Maps the endpoints of <paramref name="families"/> (those of <see cref="EligibilityOptions.Families"/>).</summary>
    public static void MapFamilyEndpoints(this WebApplication app, IEnumerable<EligibilityFamily> families)
    {
        var mapper = new Mapper(app);
        foreach (var family in families)
        {
            family.Accept(mapper);
        }
    }

    private static async Task<IResult> Evaluate<TSnapshot, TDecision>(HttpRequest request, string? lang, IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        if (RequestReading.TryGetSettings(lang, out var settings) is { } badLanguage)
        {
            return badLanguage;
        }

        var (snapshot, problem) = await RequestReading.ReadAsync<TSnapshot>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = evaluator.Evaluate(family, snapshot!, settings);
        return result.IsSuccess
            ? new JsonBody(writer => DecisionBody.Write(writer, result.Decision))
            : RequestReading.ValidationFailed(result.ValidationErrors, result.Culture);
    }

    /// <summary>Every subject of the posted snapshot (every product of a store, judged as of the store's date): one decision each, in order.</summary>
    private static async Task<IResult> EvaluateEach<TSnapshot, TDecision>(HttpRequest request, string? lang, IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        if (RequestReading.TryGetSettings(lang, out var settings) is { } badLanguage)
        {
            return badLanguage;
        }

        var (snapshot, problem) = await RequestReading.ReadAsync<TSnapshot>(request);
        if (problem is not null)
        {
            return problem;
        }

        var results = evaluator.EvaluateEach(family, snapshot, settings);
        var invalid = results.Where(r => !r.IsSuccess).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid.SelectMany(r => r.ValidationErrors).DistinctBy(e => (e.Field, e.Code)).ToList();
            return RequestReading.ValidationFailed(errors, invalid[0].Culture);
        }

        return new JsonBody(writer => WriteEach(writer, snapshot!, family, results));
    }

    /// <summary>The body of a several-subject family: the snapshot's id and date, and one decision per subject under the family's collection name.</summary>
    internal static void WriteEach<TSnapshot, TDecision>(System.Text.Json.Utf8JsonWriter writer, TSnapshot snapshot, EligibilityFamily<TSnapshot, TDecision> family, IReadOnlyList<EligibilityResult<TDecision>> results)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        writer.WriteStartObject();
        writer.WriteString("subjectId", snapshot.Id);
        writer.WriteString("asOf", snapshot.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartArray(family.SubjectCollection!);
        foreach (var result in results)
        {
            DecisionBody.Write(writer, result.Decision!);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed class Mapper(WebApplication app) : IEligibilityFamilyVisitor<RouteHandlerBuilder>
    {
        public RouteHandlerBuilder Visit<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family)
            where TSnapshot : class, ISnapshot
            where TDecision : EligibilityDecision
        {
            var single = family.SubjectCollection is null
                ? app.MapPost(family.Route, (HttpRequest request, IEligibilityEvaluator evaluator, string? lang) => Evaluate(request, lang, evaluator, family))
                : app.MapPost(family.Route, (HttpRequest request, IEligibilityEvaluator evaluator, string? lang) => EvaluateEach(request, lang, evaluator, family));
            OpenApiExamples.Describe(single, family, batch: false);
            var batch = app.MapPost(family.Route.TrimEnd('/') + "/batch", (HttpContext context, IEligibilityEvaluator evaluator, string? lang) => BatchEndpoint.RunAsync(context, lang, evaluator, family));
            OpenApiExamples.Describe(batch, family, batch: true);
            return single;
        }
    }
}
