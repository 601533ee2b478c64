using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>
/// A subject's snapshot as the JSON the store keeps for replay: the family's snapshot type (a merchant, a provider). A
/// subject that is one item of a snapshot (a product of a merchant) keeps none, so its decisions cannot be replayed.
/// </summary>
internal sealed class SnapshotText : IEligibilityFamilyVisitor<string?>
{
    // The snapshot options, with Chinese text kept as is rather than as \uXXXX escapes (a third of the size in the store).
    private static readonly JsonSerializerOptions Options = new(SnapshotJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly EligibilitySubject _subject;

    private SnapshotText(EligibilitySubject subject) => _subject = subject;

    public static string? Of(ToolFamily family, EligibilitySubject subject)
        => family.Descriptor.SubjectCollection is null ? family.Descriptor.Accept(new SnapshotText(subject)) : null;

    public string? Visit<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
        => _subject.Input is TSnapshot snapshot ? JsonSerializer.Serialize(snapshot, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TSnapshot>)Options.GetTypeInfo(typeof(TSnapshot))) : null;
}
