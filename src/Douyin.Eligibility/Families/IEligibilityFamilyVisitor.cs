using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Families;

/// <summary>
/// Code that needs a family's types (to read its snapshots, to map a route): <see cref="EligibilityFamily.Accept{TResult}"/>
/// calls <see cref="Visit{TSnapshot, TDecision}"/> with the typed descriptor, so a host enumerates
/// <see cref="EligibilityFamilies.All"/> without a type switch.
/// </summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
public interface IEligibilityFamilyVisitor<out TResult>
{
    /// <summary>Called with the typed descriptor.</summary>
    /// <typeparam name="TSnapshot">The family's snapshot (document) type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The descriptor.</param>
    TResult Visit<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision;
}
