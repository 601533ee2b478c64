using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Snapshots;

namespace EligibilityService;

/// <summary>
/// One POST endpoint per rule family, at the family's <see cref="EligibilityFamily.Route"/>; each takes a snapshot as
/// JSON and <c>?lang=en|zh-CN</c>. A family whose snapshot holds several subjects (product clearance) answers with one
/// decision per item of its <see cref="EligibilityFamily.SubjectCollection"/>.
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

    private static async Task<IResult> Evaluate<TSnapshot, TDecision>(HttpRequest request, string? lang, EligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family)
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
            ? Results.Ok(DecisionResponse.From(result.Decision))
            : RequestReading.ValidationFailed(result.ValidationErrors, result.Culture);
    }

    /// <summary>Every subject of the posted snapshot (every product of a store, judged as of the store's date): one decision each, in order.</summary>
    private static async Task<IResult> EvaluateEach<TSnapshot, TDecision>(HttpRequest request, string? lang, EligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family)
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

        return Results.Ok(new Dictionary<string, object?>
        {
            ["subjectId"] = snapshot!.Id,
            ["asOf"] = snapshot.AsOf,
            [family.SubjectCollection!] = results.Select(r => DecisionResponse.From(r.Decision!)).ToList(),
        });
    }

    private sealed class Mapper(WebApplication app) : IEligibilityFamilyVisitor<RouteHandlerBuilder>
    {
        public RouteHandlerBuilder Visit<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family)
            where TSnapshot : class, ISnapshot
            where TDecision : EligibilityDecision
            => family.SubjectCollection is null
                ? app.MapPost(family.Route, (HttpRequest request, EligibilityEvaluator evaluator, string? lang) => Evaluate(request, lang, evaluator, family))
                : app.MapPost(family.Route, (HttpRequest request, EligibilityEvaluator evaluator, string? lang) => EvaluateEach(request, lang, evaluator, family));
    }
}
