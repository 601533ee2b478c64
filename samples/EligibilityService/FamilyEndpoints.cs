using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;

namespace EligibilityService;

/// <summary>One POST endpoint per rule family; each takes a snapshot as JSON and <c>?lang=en|zh-CN</c>.</summary>
internal static class FamilyEndpoints
{
    public static void MapFamilyEndpoints(this WebApplication app)
    {
        app.MapPost("/alliance/admission", (HttpRequest request, EligibilityEvaluator evaluator, string? lang)
            => Evaluate<MerchantSnapshot, AdmissionDecision>(request, lang, (snapshot, settings) => evaluator.EvaluateAllianceAdmission(snapshot, settings)));
        app.MapPost("/alliance/clearance", (HttpRequest request, EligibilityEvaluator evaluator, string? lang)
            => Evaluate<MerchantSnapshot, ClearanceDecision>(request, lang, (snapshot, settings) => evaluator.EvaluateAllianceClearance(snapshot, settings)));
        app.MapPost("/alliance/product-clearance", EvaluateProducts);
        app.MapPost("/providers/brand-renewal", (HttpRequest request, EligibilityEvaluator evaluator, string? lang)
            => Evaluate<BrandProviderSnapshot, RenewalDecision>(request, lang, (snapshot, settings) => evaluator.EvaluateBrandRenewal(snapshot, settings)));
        app.MapPost("/providers/store-operation/admission", (HttpRequest request, EligibilityEvaluator evaluator, string? lang)
            => Evaluate<StoreOperationProviderSnapshot, AdmissionDecision>(request, lang, (snapshot, settings) => evaluator.EvaluateStoreOperationAdmission(snapshot, settings)));
        app.MapPost("/providers/store-operation/penalty", (HttpRequest request, EligibilityEvaluator evaluator, string? lang)
            => Evaluate<StoreOperationProviderSnapshot, PenaltyDecision>(request, lang, (snapshot, settings) => evaluator.EvaluateStoreOperationPenalty(snapshot, settings)));
    }

    private static async Task<IResult> Evaluate<TSnapshot, TDecision>(HttpRequest request, string? lang, Func<TSnapshot, EvaluationSettings, EligibilityResult<TDecision>> evaluate)
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

        var result = evaluate(snapshot!, settings);
        return result.IsValid
            ? Results.Ok(DecisionResponse.From(result.Decision))
            : RequestReading.ValidationFailed(result.ValidationErrors, result.Culture);
    }

    /// <summary>Every product of the posted store, judged as of the store's date: one decision per product, in order.</summary>
    private static async Task<IResult> EvaluateProducts(HttpRequest request, EligibilityEvaluator evaluator, string? lang)
    {
        if (RequestReading.TryGetSettings(lang, out var settings) is { } badLanguage)
        {
            return badLanguage;
        }

        var (merchant, problem) = await RequestReading.ReadAsync<MerchantSnapshot>(request);
        if (problem is not null)
        {
            return problem;
        }

        var results = evaluator.EvaluateProductClearance(merchant, settings);
        var invalid = results.Where(r => !r.IsValid).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid.SelectMany(r => r.ValidationErrors).DistinctBy(e => (e.Field, e.Code)).ToList();
            return RequestReading.ValidationFailed(errors, invalid[0].Culture);
        }

        return Results.Ok(new { subjectId = merchant!.Id, asOf = merchant.AsOf, products = results.Select(r => DecisionResponse.From(r.Decision!)).ToList() });
    }
}
