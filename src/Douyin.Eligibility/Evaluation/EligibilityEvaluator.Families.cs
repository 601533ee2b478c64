using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility;

/// <summary>Evaluation by family descriptor (<see cref="EligibilityFamily{TSnapshot, TDecision}"/>), and one wrapper per built-in family.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="snapshot"/> with <paramref name="family"/>: validation, the workflow version in force on
    /// its date (or <see cref="EvaluationSettings.Version"/>), the rules, the decision.
    /// </summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family, e.g. <see cref="EligibilityFamilies.AllianceAdmission"/>, or one of the host's own.</param>
    /// <param name="snapshot">The snapshot; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The family decides several subjects per snapshot (product clearance): use <see cref="EvaluateEach{TSnapshot, TDecision}"/>.</exception>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<TDecision> Evaluate<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        ArgumentNullException.ThrowIfNull(family);
        if (family.SubjectCollection is not null)
        {
            throw new InvalidOperationException($"{family} decides each item of '{family.SubjectCollection}' of a snapshot; evaluate it with EvaluateEach.");
        }

        // One subject, the snapshot itself: no subject objects.
        var validation = family.Validate(snapshot);
        var scale = snapshot is not null && family.ExperienceScale is { } read ? read(snapshot) : null;
        return Decide(_holder.Current, family, snapshot?.Id, snapshot?.AsOf ?? default, snapshot, validation, scale, settings);
    }

    /// <summary>
    /// Evaluates every subject of <paramref name="snapshot"/> (<see cref="EligibilityFamily{TSnapshot, TDecision}.Subjects"/>):
    /// one result per subject, in order, all judged by the same rule set. A null snapshot gives a single invalid result.
    /// </summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public IReadOnlyList<EligibilityResult<TDecision>> EvaluateEach<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        ArgumentNullException.ThrowIfNull(family);
        var ruleSet = _holder.Current;
        var subjects = family.Subjects(snapshot).Subjects;
        var results = new EligibilityResult<TDecision>[subjects.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = RunSubject(ruleSet, family, subjects[i], settings);
        }

        return results;
    }

    /// <summary>Evaluates one subject of a snapshot, as <see cref="EligibilityFamily{TSnapshot, TDecision}.Subjects"/> gave it.</summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family the subject comes from.</param>
    /// <param name="subject">The subject; its validation errors give an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> or <paramref name="subject"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<TDecision> EvaluateSubject<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, EligibilitySubject subject, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(subject);
        return RunSubject(_holder.Current, family, subject, settings);
    }

    /// <summary>Selected Alliance store admission (<c>AllianceAdmission</c>): may the store open the Alliance? <c>Evaluate(EligibilityFamilies.AllianceAdmission, merchant, settings)</c>.</summary>
    /// <param name="merchant">The store; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<AdmissionDecision> EvaluateAllianceAdmission(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.AllianceAdmission, merchant, settings);

    /// <summary>Selected Alliance store clearance (<c>AllianceClearance</c>): is the store cleared? <c>Evaluate(EligibilityFamilies.AllianceClearance, merchant, settings)</c>.</summary>
    /// <param name="merchant">The store; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<ClearanceDecision> EvaluateAllianceClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.AllianceClearance, merchant, settings);

    /// <summary>
    /// Selected Alliance product clearance (<c>AllianceProductClearance</c>) for every product of the store, as of the
    /// store's date: one result per product, in order, all judged by the same rule set. A product is invalid when it
    /// or the store has validation errors (other products' errors do not count).
    /// <c>EvaluateEach(EligibilityFamilies.AllianceProductClearance, merchant, settings)</c>.
    /// </summary>
    /// <param name="merchant">The store and its products; null gives a single invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public IReadOnlyList<EligibilityResult<ClearanceDecision>> EvaluateProductClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
        => EvaluateEach(EligibilityFamilies.AllianceProductClearance, merchant, settings);

    /// <summary>Selected Alliance product clearance (<c>AllianceProductClearance</c>) for one product, judged as of <paramref name="asOf"/>.</summary>
    /// <param name="product">The product; null or invalid gives an invalid result.</param>
    /// <param name="asOf">The evaluation date (the owning store's date).</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<ClearanceDecision> EvaluateProductClearance(ProductSnapshot? product, DateOnly asOf, EvaluationSettings? settings = null)
        => EvaluateSubject(EligibilityFamilies.AllianceProductClearance, EligibilityFamilies.ProductSubject(product, asOf), settings);

    /// <summary>Brand service provider renewal (<c>BrandProviderRenewal</c>): hard gates and the scorecard. <c>Evaluate(EligibilityFamilies.BrandProviderRenewal, provider, settings)</c>.</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<RenewalDecision> EvaluateBrandRenewal(BrandProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.BrandProviderRenewal, provider, settings);

    /// <summary>
    /// Brand service provider periodic assessment (<c>BrandProviderAssessment</c>, from 2022-08-25): Retain keeps the
    /// certification, Clear cancels it. <c>Evaluate(EligibilityFamilies.BrandProviderAssessment, provider, settings)</c>.
    /// </summary>
    /// <param name="provider">The provider, as of the last day of the 30-day cycle; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<ClearanceDecision> EvaluateBrandAssessment(BrandProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.BrandProviderAssessment, provider, settings);

    /// <summary>Store-operation provider admission (<c>StoreOperationAdmission</c>). <c>Evaluate(EligibilityFamilies.StoreOperationAdmission, provider, settings)</c>.</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<AdmissionDecision> EvaluateStoreOperationAdmission(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.StoreOperationAdmission, provider, settings);

    /// <summary>Store-operation provider penalty ladder (<c>StoreOperationPenalty</c>): the most severe level reached. <c>Evaluate(EligibilityFamilies.StoreOperationPenalty, provider, settings)</c>.</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<PenaltyDecision> EvaluateStoreOperationPenalty(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Evaluate(EligibilityFamilies.StoreOperationPenalty, provider, settings);

    private EligibilityResult<TDecision> RunSubject<TSnapshot, TDecision>(RuleSet ruleSet, EligibilityFamily<TSnapshot, TDecision> family, EligibilitySubject subject, EvaluationSettings? settings)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
        => Decide(ruleSet, family, subject.DecisionSubjectId, subject.AsOf, subject.Input, subject.Validation, subject.ExperienceScale, settings);
}
